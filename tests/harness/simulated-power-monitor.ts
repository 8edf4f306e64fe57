import { EventEmitter } from 'node:events';
import type { PowerMonitorLike } from '../../src/main/core/auto-lock/auto-lock';

export type PowerEvent = 'suspend' | 'lock-screen' | 'shutdown';

/**
 * Stands in for Electron's powerMonitor so that the real auto-lock module runs in the harness.
 * The system idle time is whatever a test says, and drops to zero whenever the page calls the
 * service: on a real machine the click or keystroke behind that call resets it too.
 */
export class SimulatedPowerMonitor extends EventEmitter implements PowerMonitorLike {
  private idleSeconds = 0;

  getSystemIdleTime(): number {
    return this.idleSeconds;
  }

  setIdleSeconds(seconds: number): void {
    this.idleSeconds = Math.max(0, seconds);
  }

  userActed(): void {
    this.idleSeconds = 0;
  }

  fire(event: PowerEvent): void {
    this.emit(event);
  }
}
