/**
 * Same-document navigations seen from the page: the Navigation API where the browser has it,
 * else popstate and hashchange (pushState fires neither; the background's tabs.onUpdated covers
 * it and sends `sentinel/navigated`). Event listeners only: nothing runs while the page is idle.
 */
interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void): void;
}

export function onSameDocumentNavigation(callback: () => void): void {
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', callback);
    return;
  }
  addEventListener('popstate', callback);
  addEventListener('hashchange', callback);
}
