// @zone-independent: text positions only.
// Where a JSON syntax error is, on every Node: from V8's "(line L column C)" (Node 22+) or counted
// from its "at position N" (Node 20). Expected places are counted by hand in the texts below.
import { describe, expect, it } from 'vitest';
import { jsonErrorPosition } from '../../src/_shared/jsonPosition';
import { loadCatalog } from '../../src/config/loadCatalog';
import { ChisoError } from '../../src/errors';

describe('jsonErrorPosition', () => {
  it('reads either form of the message', () => {
    expect(jsonErrorPosition('', "Expected ',' or '}' after property value in JSON at position 36 (line 3 column 22)")).toEqual({ line: 3, column: 22 });
    // {\n  "id": "x",\n}  — the stray `}` is offset 15: line 3, column 1.
    expect(jsonErrorPosition('{\n  "id": "x",\n}', 'Expected double-quoted property name in JSON at position 15')).toEqual({ line: 3, column: 1 });
    expect(jsonErrorPosition('{}', 'Unexpected end of JSON input')).toBeUndefined();
  });

  it('loadCatalog names the line and column of a syntax error in its text', () => {
    try {
      loadCatalog('{\n  "id": "x",\n}');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChisoError);
      const issue = (error as ChisoError).issues[0]!;
      expect(issue.code).toBe('invalid_json');
      expect(issue.received.startsWith('line 3 column 1: ')).toBe(true);
    }
  });
});
