import type { CommandSpec } from '../command';

export const seedCommands: Record<string, CommandSpec> = {};
