import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * .github/workflows/deploy.yml: the build job runs the site's content (MDX is code), so it holds
 * no write permission; only the deploy job, which runs GitHub's own action on the built
 * artifact, may write to Pages and mint the OIDC token that deployment needs.
 */
interface Workflow {
  permissions?: Record<string, string> | string;
  jobs: Record<string, { permissions?: Record<string, string> | string; needs?: string }>;
}

const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as Workflow;
/** What a job may do: its own permissions, or the workflow's when it sets none. */
const permissionsOf = (job: string) => workflow.jobs[job]?.permissions ?? workflow.permissions;

describe('GitHub Pages workflow permissions', () => {
  it('grants nothing at the workflow level (each job says what it needs)', () => {
    expect(workflow.permissions).toEqual({});
  });

  it('gives the build job read access to the repository only', () => {
    expect(permissionsOf('build')).toEqual({ contents: 'read' });
  });

  it('gives pages: write and id-token: write to the deploy job alone', () => {
    expect(permissionsOf('deploy')).toEqual({ pages: 'write', 'id-token': 'write' });
    const writers = Object.keys(workflow.jobs).filter((job) =>
      Object.values(Object(permissionsOf(job)) as Record<string, string>).includes('write'),
    );
    expect(writers).toEqual(['deploy']);
    expect(workflow.jobs.deploy?.needs).toBe('build');
  });
});
