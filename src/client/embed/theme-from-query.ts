// Runs in the <head> of an embed page, before it paints: ?theme=light or
// ?theme=dark forces a theme (embed.css keys on html[data-theme]); without the
// parameter, or with ?theme=auto, or without JavaScript, the reader's
// prefers-color-scheme decides. Links marked data-keep-theme (to the latest
// map) carry the parameter on.
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') {
  document.documentElement.dataset['theme'] = theme;
  document.addEventListener('DOMContentLoaded', () => {
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-theme]')) a.search = `?theme=${theme}`;
  });
}
