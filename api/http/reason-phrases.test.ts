import { describe, expect, it } from 'vitest';
import { findCode } from '../../data/dataset.ts';
import { reasonPhrases } from './reason-phrases.ts';

describe('reason phrases of the problem documents', () => {
  it.each(Object.entries(reasonPhrases))('%s is the phrase the dataset records', (code, phrase) => {
    expect(findCode(Number(code))?.phrase).toBe(phrase);
  });
});
