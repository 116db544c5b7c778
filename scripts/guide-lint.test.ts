import { describe, expect, it } from 'vitest';
import { lintGuide } from './guide-lint.ts';

const guide = (body: string) =>
  `---\ndescription: A guide used to test the lint, long enough to pass the frontmatter rule.\nreviewed: 2026-12-06\n---\n\n${body}\n`;

describe('lintGuide: guides are read on the public site', () => {
  it.each(['Run `npm start`, then look.', 'curl -i http://127.0.0.1:3000/api/v1/respond/404', 'Open http://localhost:3000/ in a browser.'])(
    'rejects "%s"',
    (line) => {
      expect(lintGuide(guide(line), 404).problems).toContainEqual(expect.stringContaining('guides are read on the public site'));
    },
  );

  it("accepts commands written against $SITE and the reader's own local servers", () => {
    const body = '<Shell code={`\ncurl -i $SITE/api/v1/respond/404\ncurl -i http://127.0.0.1:8080/\n`} />';
    expect(lintGuide(guide(body), 404).problems.filter((p) => p.includes('public site'))).toEqual([]);
  });
});
