#!/usr/bin/env python3
"""segugio-serve's page in a real browser: Debian's headless Chromium, driven through
chromedriver's WebDriver protocol (plain HTTP and JSON, python3's standard library only;
nothing is downloaded). Starts the real server on a free port of 127.0.0.1, then:
loads the page, searches Lavrov, ticks the country Russia, checks the result count and
every facet count against the API, clicks a timeline bar, reloads the shared URL and
gets the same page, opens an article, filters a facet panel by name, and checks that an
article titled with markup shows as text. Then, with the page's JavaScript off, the same
search, tick and bar through plain forms and links give the same pages. Writes PNG
screenshots to --out.

Every process is stopped by its PID; the whole run has a hard time limit.
"""
import argparse
import base64
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
HARD_LIMIT_S = 170
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_json(method, url, body=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def wait_for(what, condition, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise Failure("timed out waiting for " + what)


class Browser:
    """The few WebDriver commands the test needs."""

    def __init__(self, driver_url, profile, javascript=True):
        self.base = driver_url
        options = {"binary": CHROMIUM, "args": [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1100"]}
        if not javascript:  # the page's own scripts off (WebDriver's commands still work)
            options["prefs"] = {"profile.managed_default_content_settings.javascript": 2}
        status, answer = http_json("POST", driver_url + "/session", {"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": options}}}, timeout=60)
        check(status == 200, "no browser session: %s" % answer)
        self.session = answer["value"]["sessionId"]

    def cmd(self, method, path, body=None):
        status, answer = http_json(method, "%s/session/%s%s" % (self.base, self.session, path), body)
        if status != 200:
            raise Failure("WebDriver %s %s: %s" % (method, path, answer))
        return answer["value"]

    def go(self, url):
        self.cmd("POST", "/url", {"url": url})

    def url(self):
        return self.cmd("GET", "/url")

    def find(self, css):
        return self.cmd("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def find_all(self, css):
        return [e[ELEMENT] for e in self.cmd("POST", "/elements", {"using": "css selector", "value": css})]

    def click(self, element):
        self.cmd("POST", "/element/%s/click" % element, {})

    def type(self, element, text):
        self.cmd("POST", "/element/%s/value" % element, {"text": text})

    def js(self, script, *args):
        return self.cmd("POST", "/execute/sync", {"script": script, "args": list(args)})

    def screenshot(self, path):
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.cmd("GET", "/screenshot")))

    def alert_open(self):
        status, _ = http_json("GET", "%s/session/%s/alert/text" % (self.base, self.session))
        return status == 200

    def close(self):
        http_json("DELETE", "%s/session/%s" % (self.base, self.session))


# What a page shows, to compare two loads of one URL.
SIGNATURE = """
const hits = [...document.querySelectorAll('.hit .meta .id')].map(e => e.textContent);
const facets = {};
document.querySelectorAll('.facet').forEach(s => {
  facets[s.dataset.facet] = [...s.querySelectorAll('a.fv')].map(a =>
    [a.dataset.id, a.querySelector('.n').textContent, a.classList.contains('on')]);
});
const total = document.getElementById('total');
return {total: total ? Number(total.dataset.total) : -1, hits: hits, facets: facets,
        bars: [...document.querySelectorAll('a.bar')].map(b => [b.dataset.month, b.dataset.count,
               b.classList.contains('on')]),
        q: document.getElementById('q').value};
"""


def api(base, path, params):
    with urllib.request.urlopen(base + path + "?" + urllib.parse.urlencode(params), timeout=30) as r:
        return json.loads(r.read())


def state_params(url):
    """The search parameters of a page URL, as a list of pairs."""
    return urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query, keep_blank_values=False)


def check_against_api(base, page, params):
    """The page's total and every facet count it shows equal the API's."""
    answer = api(base, "/api/search", params + [("facets", "person,country,org,place,source"), ("facet_limit", "0")])
    check(page["total"] == answer["total"], "total: page %s, API %s" % (page["total"], answer["total"]))
    shown = 0
    for facet, values in page["facets"].items():
        counts = {v["id"]: v["count"] for v in answer["facets"][facet]["values"]}
        for value_id, count, _ in values:
            check(value_id in counts, "%s %s is on the page, not in the API" % (facet, value_id))
            check(int(count) == counts[value_id], "%s %s: page %s, API %s" % (facet, value_id, count, counts[value_id]))
            shown += 1
    check(shown >= 5, "too few facet values shown: %d" % shown)
    return answer


def run(args, base, browser, out):
    shots = []

    def shot(name):
        path = os.path.join(out, name)
        browser.screenshot(path)
        shots.append(path)

    # 1. The empty page, then a search typed into the box.
    browser.go(base + "/")
    wait_for("the page", lambda: browser.js("return document.readyState") == "complete")
    shot("01-start.png")
    box = browser.find("#q")
    browser.type(box, "Lavrov")
    browser.click(browser.find("form.search button"))
    wait_for("the results of Lavrov", lambda: "q=Lavrov" in browser.url() and browser.js(SIGNATURE)["q"] == "Lavrov"
             and browser.js("return document.querySelectorAll('.hit').length") > 0)
    lavrov = browser.js(SIGNATURE)
    check_against_api(base, lavrov, [("q", "Lavrov")])

    # 2. Tick the country Russia in its panel: the page updates in place (the script's
    # marker survives), and the address follows.
    browser.js("window.segugioMarker = 42")
    browser.click(browser.find('.facet[data-facet="country"] a.fv[data-id="RU"]'))
    wait_for("the Russia filter", lambda: "country=RU" in browser.url() and browser.js(
        "return !!document.querySelector('.facet[data-facet=\"country\"] a.fv.on[data-id=\"RU\"]')"))
    russia = browser.js(SIGNATURE)
    check(browser.js("return window.segugioMarker") == 42, "ticking a facet reloaded the whole page")
    check(0 < russia["total"] < lavrov["total"], "ticking Russia: %s of %s" % (russia["total"], lavrov["total"]))
    check_against_api(base, russia, state_params(browser.url()))
    check(browser.js("return document.querySelector('.active .chip.country').textContent").startswith("countryRussia"),
          "no active filter chip for Russia")
    shot("02-lavrov-russia.png")

    # 3. Click a timeline bar: the search narrows to that month.
    bars = [b for b in russia["bars"] if int(b[1]) > 0]
    check(len(bars) >= 3, "too few timeline bars: %s" % bars)
    month, count, _ = bars[1]
    browser.click(browser.find('a.bar[data-month="%s"]' % month))
    wait_for("the month filter", lambda: "from=" + month in browser.url())
    in_month = wait_for("the month's results", lambda: (lambda s: s if s["total"] == int(count) else None)(browser.js(SIGNATURE)))
    check(any(b[0] == month and b[2] for b in in_month["bars"]), "the chosen month is not marked")
    answer = check_against_api(base, in_month, state_params(browser.url()))
    for hit in answer["results"]:
        check(hit["date"].startswith(month), "%s dated %s outside %s" % (hit["id"], hit["date"], month))
    shot("03-month.png")

    # 4. The shared URL, loaded afresh, is the same page; back goes to the month's parent.
    shared = browser.url()
    browser.go("about:blank")
    browser.go(shared)
    wait_for("the shared page", lambda: browser.js("return document.readyState") == "complete")
    check(browser.js(SIGNATURE) == in_month, "the shared URL shows another page")
    browser.cmd("POST", "/refresh", {})
    wait_for("the reloaded page", lambda: browser.js("return document.readyState") == "complete")
    check(browser.js(SIGNATURE) == in_month, "reloading shows another page")
    browser.cmd("POST", "/back", {})
    browser.cmd("POST", "/forward", {})

    # 5. An article: entities marked in its text, each a link to a search.
    browser.go(base + "/?q=Lavrov&country=RU")
    browser.click(browser.find(".hit h3 a"))
    wait_for("the article", lambda: "/article?id=" in browser.url() and browser.find_all("article .body .ent"))
    marks = browser.js("return [...document.querySelectorAll('article .ent')].map(e => [e.className, e.textContent])")
    check(any("person" in c and "Lavrov" in t for c, t in marks), "Lavrov is not marked: %s" % marks)
    shot("04-article.png")

    # 6. A facet panel's value search filters the panel as one types.
    browser.go(base + "/")
    browser.type(browser.find('.facet[data-facet="person"] .vq input'), "Bli")
    names = wait_for("the filtered panel", lambda: (lambda n: n if n and all("Blinken" in x for x in n) else None)(
        browser.js("return [...document.querySelectorAll('.facet[data-facet=\"person\"] a.fv .name')].map(e => e.textContent)")))
    check(names == ["Antony Blinken"], "the panel shows %s" % names)

    # 7. Markup in an article is text: the title reads as written and no script ran.
    browser.go(base + "/?q=vertice")
    titles = browser.js("return [...document.querySelectorAll('.hit h3 a')].map(a => a.textContent)")
    check('"><img src=x onerror=alert(2)> vertice in Russia' in titles, "the title is not shown as text: %s" % titles)
    check(not browser.alert_open(), "a script ran on the search page")
    check(browser.js("return document.querySelectorAll('.hit img, .hit script, .hit svg').length") == 0,
          "markup from an article became elements")
    browser.go(base + "/article?id=xss-script")
    check(browser.js("return document.querySelector('article h1').textContent").startswith('<script>alert("segugio")'),
          "the article title is not shown as text")
    check(not browser.alert_open(), "a script ran on the article page")
    check(browser.js("return document.querySelectorAll('article img, article script').length") == 0,
          "markup from an article became elements")
    return shots, russia, in_month


def run_without_js(base, browser, russia, in_month):
    """The same steps with the page's script off: plain forms and links, the same pages."""
    browser.go(base + "/")
    browser.type(browser.find("#q"), "Lavrov")
    browser.click(browser.find("form.search button"))
    wait_for("the results of Lavrov", lambda: "q=Lavrov" in browser.url() and browser.find_all(".hit"))
    browser.click(browser.find('.facet[data-facet="country"] a.fv[data-id="RU"]'))
    wait_for("the Russia filter", lambda: "country=RU" in browser.url())
    check(browser.js(SIGNATURE) == russia, "without JavaScript, ticking Russia shows another page")
    month = next(b[0] for b in in_month["bars"] if b[2])
    browser.click(browser.find('a.bar[data-month="%s"]' % month))
    wait_for("the month filter", lambda: "from=" + month in browser.url())
    check(browser.js(SIGNATURE) == in_month, "without JavaScript, the timeline bar leads to another page")
    browser.go(base + "/")
    box = browser.find('.facet[data-facet="person"] .vq input')
    browser.type(box, "Bli\ue007")  # Enter submits the panel's form
    wait_for("the filtered panel", lambda: "vq_person=Bli" in browser.url())
    names = browser.js("return [...document.querySelectorAll('.facet[data-facet=\"person\"] a.fv .name')].map(e => e.textContent)")
    check(names == ["Antony Blinken"], "without JavaScript the panel shows %s" % names)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--serve", required=True, help="the segugio-serve binary")
    parser.add_argument("--db", required=True, help="the database (tests/data/serve/articles.jsonl indexed)")
    parser.add_argument("--out", required=True, help="folder for the screenshots")
    args = parser.parse_args()
    for tool in (CHROMIUM, CHROMEDRIVER, args.serve):
        check(os.access(tool, os.X_OK), "%s is missing: scripts/install-deps.sh installs it" % tool)
    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(Failure("hard time limit reached")))
    signal.alarm(HARD_LIMIT_S)
    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="segugio-browser-")
    server = driver = browser = None
    try:
        log = open(os.path.join(work, "serve.log"), "w+")
        server = subprocess.Popen([args.serve, "--db", args.db, "--port", "0", "--host", "127.0.0.1"],
                                  stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)

        def started():
            log.seek(0)
            m = re.search(r"at (http://127\.0\.0\.1:\d+)/", log.read())
            check(server.poll() is None, "segugio-serve exited")
            return m.group(1) if m else None
        base = wait_for("segugio-serve to listen", started, 30)

        port = free_port()
        driver = subprocess.Popen([CHROMEDRIVER, "--port=%d" % port, "--allowed-ips=127.0.0.1"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        driver_url = "http://127.0.0.1:%d" % port

        def ready():
            try:
                return http_json("GET", driver_url + "/status", timeout=2)[1]["value"]["ready"]
            except (OSError, ValueError, KeyError, TypeError):
                return False
        wait_for("chromedriver", ready, 30)
        browser = Browser(driver_url, os.path.join(work, "profile"))
        shots, russia, in_month = run(args, base, browser, args.out)
        browser.close()
        log.seek(0)
        scripts_before = log.read().count(" GET /assets/app.js ")
        browser = Browser(driver_url, os.path.join(work, "profile-nojs"), javascript=False)
        run_without_js(base, browser, russia, in_month)
        log.seek(0)
        check(log.read().count(" GET /assets/app.js ") == scripts_before, "the script ran with JavaScript off")
        log.seek(0)
        lines = [l for l in log.read().splitlines() if re.match(r"\d{4}-\d\d-\d\dT\S+ GET \S+ \d{3} [\d.]+ ms$", l)]
        check(len(lines) >= 10, "the server logged %d request lines" % len(lines))
        print("browser test passed; %d requests logged; screenshots: %s" % (len(lines), ", ".join(shots)))
        return 0
    except Failure as e:
        print("browser test failed: %s" % e, file=sys.stderr)
        return 1
    finally:
        signal.alarm(0)
        if browser:
            try:
                browser.close()
            except (Failure, OSError):
                pass
        for process in (driver, server):
            if process and process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(5)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
