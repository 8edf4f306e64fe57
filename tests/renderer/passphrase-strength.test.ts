import { describe, expect, it } from 'vitest';
import { scorePassphrase } from '../../src/renderer/src/passphrase/strength';

const MIN = 10;
const level = (text: string) => scorePassphrase(text, MIN).level;

describe('the passphrase strength meter', () => {
  it('calls anything under the minimum too short', () => {
    expect(scorePassphrase('', MIN)).toMatchObject({ level: 'tooShort', score: 0, advice: 'tooShort' });
    expect(level('abcdefghi')).toBe('tooShort');
    // Code points, not UTF-16 units: five emoji are five characters.
    expect(level('😀😀😀😀😀')).toBe('tooShort');
  });

  it('marks well-known passwords, repeats and keyboard runs as weak', () => {
    expect(scorePassphrase('password123', MIN)).toMatchObject({ level: 'weak', advice: 'avoidCommon' });
    expect(scorePassphrase('Пароль2024!', MIN)).toMatchObject({ level: 'weak', advice: 'avoidCommon' });
    expect(scorePassphrase('aaaaaaaaaaaa', MIN)).toMatchObject({ level: 'weak', advice: 'avoidRepeats' });
    expect(scorePassphrase('abcabcabcabc', MIN)).toMatchObject({ level: 'weak', advice: 'avoidRepeats' });
    expect(scorePassphrase('qwertyuiopasdf', MIN)).toMatchObject({ level: 'weak', advice: 'avoidSequences' });
    expect(scorePassphrase('йцукенгшщзхъ', MIN)).toMatchObject({ level: 'weak', advice: 'avoidSequences' });
    expect(scorePassphrase('abcdefghijklmnop', MIN)).toMatchObject({ level: 'weak', advice: 'avoidSequences' });
  });

  it('counts words as words, not as random letters', () => {
    expect(scorePassphrase('hello world', MIN)).toMatchObject({ level: 'weak', advice: 'addWords' });
    expect(level('correct horse battery')).toBe('fair');
    expect(level('correct horse battery staple')).toBe('good');
    expect(level('correct horse battery staple orbit lantern')).toBe('strong');
    expect(level('тау өзен жолаушы қарлығаш көктем терезе')).toBe('strong');
  });

  it('rewards long random text in any script', () => {
    expect(level('x7#Qm9!vR2@kLp')).toBe('strong');
    expect(level('قەشقەر ئۈرۈمچى غۇلجا خوتەن ئاقسۇ تۇرپان')).toBe('strong');
  });

  it('scores rise with the level', () => {
    const scores = ['abcdefghi', 'hello world', 'correct horse battery', 'correct horse battery staple', 'x7#Qm9!vR2@kLp'].map(
      (text) => scorePassphrase(text, MIN).score,
    );
    expect(scores).toEqual([0, 1, 2, 3, 4]);
  });
});
