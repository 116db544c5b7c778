/**
 * Test fixture, preloaded with `node --import` into the real server by
 * lifecycle.test.ts: SIGUSR2 raises an error nothing catches, standing in for
 * a bug, so the test can watch the server's uncaught-error path.
 */
process.once('SIGUSR2', () => {
  throw new Error('fixture: an error nothing catches');
});
