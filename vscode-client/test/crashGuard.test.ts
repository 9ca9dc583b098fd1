import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { gaveUpMessage, MAX_RESTARTS, RestartBudget, WINDOW_MS } from '../src/crashGuard';

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
}

describe('RestartBudget', () => {
  it('allows 4 restarts in 3 minutes and refuses the 5th crash', () => {
    assert.equal(MAX_RESTARTS, 4);
    assert.equal(WINDOW_MS, 180_000);
    const c = clock();
    const b = new RestartBudget(c.now);
    for (let i = 0; i < 4; i++) {
      assert.equal(b.onCrash(), true, `crash ${i + 1}`);
      c.advance(10_000);
    }
    assert.equal(b.recent, 4);
    assert.equal(b.onCrash(), false);
    // refusing does not count as a restart
    assert.equal(b.recent, 4);
  });

  it('allows restarts again once old crashes leave the window', () => {
    const c = clock();
    const b = new RestartBudget(c.now);
    for (let i = 0; i < 4; i++) {
      assert.equal(b.onCrash(), true);
    }
    c.advance(WINDOW_MS - 1);
    assert.equal(b.onCrash(), false);
    c.advance(1);
    assert.equal(b.onCrash(), true);
    assert.equal(b.recent, 1);
  });

  it('spreads out crashes without ever stopping', () => {
    const c = clock();
    const b = new RestartBudget(c.now);
    for (let i = 0; i < 20; i++) {
      assert.equal(b.onCrash(), true);
      c.advance(WINDOW_MS / 3);
    }
  });

  it('forgets everything on reset', () => {
    const c = clock();
    const b = new RestartBudget(c.now, 2, 1000);
    assert.equal(b.onCrash(), true);
    assert.equal(b.onCrash(), true);
    assert.equal(b.onCrash(), false);
    b.reset();
    assert.equal(b.onCrash(), true);
  });
});

describe('gaveUpMessage', () => {
  it('counts the crashes and tells how to try again', () => {
    const m = gaveUpMessage();
    assert.match(m, /5 times in 3 minutes/);
    assert.match(m, /rcode: Restart the language server/);
  });
});
