export default defineContentScript({
  matches: [
    '*://wiki.xenproject.org/wiki/*',
    '*://wiki.xenproject.org/index.php*',
    '*://wiki.xen.org/wiki/*',
    '*://wiki.xen.org/index.php*',
  ],
  main() {
    document.body.dataset.ideaScout = 'loaded';
  },
});
