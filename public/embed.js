/*
 * Host-page snippet for the embedded Belarus political prisoners timeline. No dependencies.
 *
 *   <iframe data-timeline-embed data-auto-height src="https://SITE/embed.html?event=..." title="Timeline"
 *           style="width:100%;height:640px;border:0" loading="lazy"></iframe>
 *   <script src="https://SITE/embed.js" defer></script>
 *
 * For each such frame it does two things and nothing else:
 *  - height: with data-auto-height, the frame takes the height the timeline asks for;
 *  - view: the frame's view (its query) is mirrored into this page's address as ?timeline=...
 *    with history.replaceState, so a reload or a copied link opens the same event and filters.
 *    Set data-param="..." on the frame to use another parameter name (one per frame).
 * It reads only messages from the frame's own window and origin, of the exact shape
 * {type: 'timeline:view', url: string, height: number}, and sends nothing to the frame.
 */
(function () {
  'use strict';
  var frames = document.querySelectorAll('iframe[data-timeline-embed]');
  Array.prototype.forEach.call(frames, function (frame) {
    var src = new URL(frame.getAttribute('src'), location.href);
    var origin = src.origin;
    var param = frame.getAttribute('data-param') || 'timeline';
    var saved = new URLSearchParams(location.search).get(param);
    if (saved !== null) {
      src.search = saved;
      if (frame.src !== src.toString()) frame.src = src.toString();
    }
    window.addEventListener('message', function (event) {
      if (event.source !== frame.contentWindow || event.origin !== origin) return;
      var data = event.data;
      if (!data || typeof data !== 'object' || Object.keys(data).length !== 3) return;
      if (data.type !== 'timeline:view' || typeof data.url !== 'string' || typeof data.height !== 'number') return;
      if (!isFinite(data.height) || data.height < 0) return;
      var view;
      try {
        view = new URL(data.url);
      } catch (error) {
        return;
      }
      if (view.origin !== origin) return;
      if (frame.hasAttribute('data-auto-height')) frame.style.height = Math.min(Math.ceil(data.height), 20000) + 'px';
      var here = new URL(location.href);
      var query = view.search.replace(/^\?/, '');
      if (query) here.searchParams.set(param, query);
      else here.searchParams.delete(param);
      if (here.toString() !== location.href) history.replaceState(history.state, '', here.toString());
    });
  });
})();
