import { Window } from 'happy-dom';

/**
 * happy-dom 21 stops parsing at a <style> element inside <svg> and drops the rest of the page
 * (seen on the saved Zalando pages: 6 of 146 links survived). Styles play no part in extraction,
 * so they are removed before parsing; browsers never see this, it only keeps Node honest.
 */
function withoutStyleElements(html: string): string {
  // A scan rather than one lazy regex: an unclosed "<style" repeated 100,000 times must not cost n².
  const open = /<style\b/gi;
  const close = /<\/style[ \t\n\r]{0,10}>/gi;
  let out = '';
  let kept = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    close.lastIndex = m.index;
    const end = close.exec(html);
    if (!end) break;
    out += html.slice(kept, m.index);
    kept = end.index + end[0].length;
    open.lastIndex = kept;
  }
  return out + html.slice(kept);
}

/** Parse saved HTML into a DOM without running scripts, loading resources or navigating. */
export function parseHtml(html: string, url: string): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const document = new window.DOMParser().parseFromString(withoutStyleElements(html), 'text/html') as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}
