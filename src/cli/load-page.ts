import { Window } from 'happy-dom';

/**
 * happy-dom 21 stops parsing at a <style> element inside <svg> and drops the rest of the page
 * (seen on the saved Zalando pages: 6 of 146 links survived). Styles play no part in extraction,
 * so they are removed before parsing; browsers never see this, it only keeps Node honest.
 */
function withoutStyleElements(html: string): string {
  return html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
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
