// Segugio's page script. The page works without it: every control is a link or a form
// and the server renders every state. With it, those links and forms update the page in
// place (the server's own HTML, fetched and swapped in), the address bar follows
// (history.pushState), and a facet's value search filters its panel as one types.
(function () {
  'use strict';

  var pending = null;

  function app() { return document.getElementById('app'); }

  function ours(url) {
    return url.origin === location.origin && (url.pathname === '/' || url.pathname === '/article');
  }

  function parse(text) { return new DOMParser().parseFromString(text, 'text/html'); }

  // Query string of a GET form without its empty fields.
  function formQuery(form) {
    var out = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (value !== '' && !(name === 'sort' && value === 'relevance')) out.append(name, value);
    });
    return out.toString();
  }

  function load(href, push) {
    if (pending) pending.abort();
    var controller = new AbortController();
    pending = controller;
    app().classList.add('loading');
    fetch(href, { signal: controller.signal, headers: { Accept: 'text/html' } })
      .then(function (res) { return res.text(); })
      .then(function (text) {
        var doc = parse(text);
        var next = doc.getElementById('app');
        if (!next) { location.href = href; return; }
        app().replaceWith(document.adoptNode(next));
        var bar = doc.querySelector('form.search');
        if (bar) document.querySelector('form.search').replaceWith(document.adoptNode(bar));
        document.title = doc.title;
        if (push) history.pushState(null, '', href);
        if (new URL(href, location.href).pathname === '/article') window.scrollTo(0, 0);
        document.dispatchEvent(new CustomEvent('segugio:loaded'));
      })
      .catch(function (err) { if (err.name !== 'AbortError') location.href = href; })
      .finally(function () { if (pending === controller) pending = null; });
  }

  document.addEventListener('click', function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var a = e.target.closest('a');
    if (!a || a.hasAttribute('download') || a.getAttribute('target')) return;
    var href = a.getAttribute('href');  // SVG links have no .href string
    if (!href) return;
    var url = new URL(href, location.href);
    if (!ours(url)) return;
    e.preventDefault();
    load(url.href, true);
  });

  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'get') return;
    var url = new URL(form.getAttribute('action') || '/', location.href);
    if (!ours(url)) return;
    e.preventDefault();
    var query = formQuery(form);
    load(url.pathname + (query ? '?' + query : ''), true);
  });

  window.addEventListener('popstate', function () { load(location.href, false); });

  // A facet's value search: the panel is refetched as one types, the rest stays.
  function filterPanel(input) {
    var section = input.closest('.facet');
    var facet = section.getAttribute('data-facet');
    var query = formQuery(input.form);
    var href = '/' + (query ? '?' + query : '');
    fetch(href, { headers: { Accept: 'text/html' } })
      .then(function (res) { return res.text(); })
      .then(function (text) {
        if (input.value !== (new URLSearchParams(query).get(input.name) || '')) return;  // typed on meanwhile
        var fresh = parse(text).querySelector('.facet[data-facet="' + facet + '"]');
        if (!fresh) return;
        ['.values', '.more'].forEach(function (sel) {
          var old = section.querySelector(sel), neu = fresh.querySelector(sel);
          if (old && neu) old.replaceWith(document.adoptNode(neu));
          else if (old) old.remove();
          else if (neu) section.appendChild(document.adoptNode(neu));
        });
        history.replaceState(null, '', href);
      });
  }

  document.addEventListener('input', function (e) {
    var input = e.target;
    if (!input.matches || !input.matches('.vq input[type=search]')) return;
    clearTimeout(input.segugioTimer);
    input.segugioTimer = setTimeout(function () { filterPanel(input); }, 180);
  });

  // "/" jumps to the search box.
  document.addEventListener('keydown', function (e) {
    var tag = document.activeElement && document.activeElement.tagName;
    if (e.key === '/' && tag !== 'INPUT' && tag !== 'SELECT' && tag !== 'TEXTAREA') {
      e.preventDefault();
      var q = document.getElementById('q');
      if (q) { q.focus(); q.select(); }
    }
  });
})();
