/*
 * Preloaded (`node --require`) into a command the scale bench runs: at exit it prints the
 * process's peak resident memory and its resident memory at that moment, on one stderr line.
 */
process.on('exit', () => {
  const maxRss = process.resourceUsage().maxRSS * 1024;
  process.stderr.write(`rss-probe ${JSON.stringify({ maxRss, rss: process.memoryUsage().rss })}\n`);
});
