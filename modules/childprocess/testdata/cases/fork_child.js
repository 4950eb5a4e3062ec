// The child of fork_node.js; run alone (as every case is) it has no
// channel.
if (!process.send) {
  console.log('no channel', process.connected, process.channel);
  return;
}
console.log('child', process.argv.slice(2), process.env.NODE_CHANNEL_FD, process.connected);
process.on('message', (m) => {
  process.send({ echo: m });
  if (m === 'bye') process.disconnect();
});
process.on('disconnect', () => console.log('child disconnect', process.connected));
