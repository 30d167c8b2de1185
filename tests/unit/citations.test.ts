import { describe, expect, it } from 'vitest';
import {
  CitationNumbering,
  displayAuthors,
  firstAuthor,
  keyOfReferenceCard,
  keysOfGroup,
  referenceCardId,
  withoutCheckingNotes,
  referenceAnchorId,
  splitCitations,
} from '../../src/lib/citations';

describe('splitCitations', () => {
  it.each([
    ['no citation here', [{ kind: 'text', value: 'no citation here' }]],
    [
      'Economy improved [@storen-2008].',
      [
        { kind: 'text', value: 'Economy improved ' },
        { kind: 'cite', keys: ['storen-2008'] },
        { kind: 'text', value: '.' },
      ],
    ],
    ['[@a-2001; @b-2002]', [{ kind: 'cite', keys: ['a-2001', 'b-2002'] }]],
    [
      'x [@a-2001;@b-2002] y [@c-2003]',
      [
        { kind: 'text', value: 'x ' },
        { kind: 'cite', keys: ['a-2001', 'b-2002'] },
        { kind: 'text', value: ' y ' },
        { kind: 'cite', keys: ['c-2003'] },
      ],
    ],
    [
      'an email [at] example and [a link]',
      [{ kind: 'text', value: 'an email [at] example and [a link]' }],
    ],
  ])('%j', (input, expected) => {
    expect(splitCitations(input)).toEqual(expected);
  });
});

describe('keysOfGroup', () => {
  it('trims spaces and the @ sign', () => {
    expect(keysOfGroup('@a ;  @b')).toEqual(['a', 'b']);
  });
});

describe('CitationNumbering', () => {
  it('numbers by first citation and gives every mark its own anchor', () => {
    const numbering = new CitationNumbering();
    expect(numbering.cite('b')).toEqual({ number: 1, anchorId: 'cite-b-1' });
    expect(numbering.cite('a')).toEqual({ number: 2, anchorId: 'cite-a-1' });
    expect(numbering.cite('b')).toEqual({ number: 1, anchorId: 'cite-b-2' });
    expect(numbering.list()).toEqual([
      { key: 'b', number: 1, backlinks: ['cite-b-1', 'cite-b-2'] },
      { key: 'a', number: 2, backlinks: ['cite-a-1'] },
    ]);
  });

  it('anchors references by key', () => {
    expect(referenceAnchorId('storen-2008')).toBe('ref-storen-2008');
  });

  it('names a reference card by key, and reads the key back', () => {
    expect(referenceCardId('storen-2008')).toBe('card-storen-2008');
    expect(keyOfReferenceCard('card-storen-2008')).toBe('storen-2008');
    // A mark's id is not a card's.
    expect(keyOfReferenceCard('cite-storen-2008-1')).toBeUndefined();
  });
});

describe('displayAuthors', () => {
  it('keeps up to six authors as written', () => {
    const six = 'A AA, B BB, C CC, D DD, E EE, F FF';
    expect(displayAuthors(six)).toBe(six);
  });

  it('shortens seven or more to the first three and "et al."', () => {
    expect(displayAuthors('A AA, B BB, C CC, D DD, E EE, F FF, G GG')).toBe(
      'A AA, B BB, C CC, et al.',
    );
  });

  it('leaves a group author with members in parentheses alone', () => {
    const group = 'ACSM (writing group: A AA, B BB, C CC, D DD, E EE, F FF, G GG)';
    expect(displayAuthors(group)).toBe(group);
  });
});

describe('withoutCheckingNotes', () => {
  it.each([
    ['1704 (first page; last page not verified)', '1704'],
    [
      'Patients with Achilles tendinopathy, Copenhagen (number randomised not verified here)',
      'Patients with Achilles tendinopathy, Copenhagen',
    ],
    [
      'Three training groups; 10 weeks (participant details not checked)',
      'Three training groups; 10 weeks',
    ],
    [
      'Hutson MJ, Petherick E (author order as listed; not checked against the journal)',
      'Hutson MJ, Petherick E',
    ],
    [
      '17 well-trained distance runners (9 men, 8 women)',
      '17 well-trained distance runners (9 men, 8 women)',
    ],
    ['1087-1092', '1087-1092'],
  ])('%s', (text, shown) => {
    expect(withoutCheckingNotes(text)).toBe(shown);
  });
});

describe('firstAuthor', () => {
  it.each([
    ['Støren Ø, Helgerud J, Støa EM, Hoff J', 'Støren'],
    ['Hickson RC', 'Hickson'],
    ['Sato K, Mokha M', 'Sato'],
    ['van Dyk N, Behan FP, Whiteley R', 'van Dyk'],
    ['Dudagoitia Barrio E, Fernández-Landa J', 'Dudagoitia Barrio'],
    ['Swinton PA, Stewart A, Agouris I, Keogh JWL, Lloyd R', 'Swinton'],
    [
      'American College of Sports Medicine (writing group: Ratamess NA, Alvar BA)',
      'American College of Sports Medicine',
    ],
  ])('%s -> %s', (authors, expected) => {
    expect(firstAuthor(authors)).toBe(expected);
  });
});
