/** Styles of the checkout banner; inside its shadow root, so the shop's CSS cannot reach them. */
export const BANNER_CSS = `
:host { all: initial; }
.banner { box-sizing: border-box; margin: 0; padding: 12px 16px; font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif;
  background: #fff8f6; color: #1b1b1f; border-bottom: 4px solid #b3261e; }
.banner.level-medium { background: #fff8e6; border-bottom-color: #8a5300; }
.title { font-size: 17px; margin: 0 0 4px; color: #8c1d18; }
.level-medium .title { color: #6b4000; }
.reasons { margin: 4px 0; padding-left: 20px; }
.tip { margin: 4px 0 8px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; }
.action { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #55555f; background: #fff; color: #1b1b1f; cursor: pointer; }
.action-details { background: #1b1b1f; color: #fff; border-color: #1b1b1f; }
.action:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .banner { background: #2b1a19; color: #f2f2f5; border-bottom-color: #ff8a80; }
  .banner.level-medium { background: #2b2414; border-bottom-color: #ffc266; }
  .title { color: #ffb4ab; } .level-medium .title { color: #ffd595; }
  .action { background: #1b1b1f; color: #f2f2f5; border-color: #c4c4ce; }
  .action-details { background: #f2f2f5; color: #1b1b1f; }
  .action:focus-visible { outline-color: #8ab4ff; }
}
`;
