"""The HTML report (`factlint report --format html`): one self-contained page, checked in the source
and in a real headless Chromium (what it renders: the script ran, sorting and filtering work, right-to-left
quotes are laid out right to left with their numbers in order)."""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_MISSING = "chromium not installed: apt-get install chromium (.ci/run installs it when CI=true)"

# Appended to a copy of the page: measures what Chromium laid out, and exercises the table's script.
PROBE = """<script>
(function(){
  var out={quotes:[]};
  document.querySelectorAll('bdi.quote').forEach(function(b){
    var text=b.textContent, rtl=b.matches(':dir(rtl)'), order=null, start=null;
    var walker=document.createTreeWalker(b,NodeFilter.SHOW_TEXT), node, ranges=[];
    while((node=walker.nextNode())){
      var m=/[0-9\\u06F0-\\u06F9]{2,}/.exec(node.data);
      if(m&&order===null){
        var r1=document.createRange();r1.setStart(node,m.index);r1.setEnd(node,m.index+1);
        var r2=document.createRange();r2.setStart(node,m.index+1);r2.setEnd(node,m.index+2);
        order=r1.getBoundingClientRect().left<r2.getBoundingClientRect().left;
      }
    }
    var first=document.createRange(), t=b.firstChild;
    if(t&&t.nodeType===3&&t.data.length){first.setStart(t,0);first.setEnd(t,1);
      var box=b.getBoundingClientRect(), c=first.getBoundingClientRect();
      start=rtl?(box.right-c.right<=2):(c.left-box.left<=2);}
    out.quotes.push({text:text.slice(0,30),rtl:rtl,digitsInOrder:order,startsAtItsEdge:start,
                     marked:b.querySelector('mark')?b.querySelector('mark').textContent:''});
  });
  var filter=document.getElementById('filter');
  filter.value='maduro-vote-share';filter.dispatchEvent(new Event('input'));
  out.filtered=document.getElementById('shown').textContent;
  filter.value='';filter.dispatchEvent(new Event('input'));
  var th=document.querySelector('#findings th[data-sort="number"]');th.click();
  out.ascending=Array.prototype.map.call(document.querySelectorAll('#findings tbody tr'),function(r){return r.dataset.severity;});
  out.svg=document.querySelectorAll('#timeline circle').length;
  out.matrixCells=document.querySelectorAll('#matrix tbody td, #matrix tr td').length;
  document.body.setAttribute('data-probe',JSON.stringify(out));
})();
</script>"""


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    """report.html of the bundled corpus, written by `factlint report --format html`."""
    where = tmp_path_factory.mktemp("html")
    for name in ("seeds", "facts", "assertions"):
        shutil.copytree(ROOT / name, where / name)
    before = Path.cwd()
    os.chdir(where)
    try:
        assert main(["report", "--format", "html", "-q", "--no-cache"]) == 0
    finally:
        os.chdir(before)
    return where / "report.html"


def test_render_html_is_one_self_contained_file(page):
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text), "nothing loaded from the network"
    assert "<svg" in text and 'id="findings"' in text and 'id="matrix"' in text
    assert "<mark>حدود 68 درصد</mark>" in text
    assert "004 (Iran Press, 2019-01-25)" in text  # outlet and date beside the seed id


def test_render_html_file_mode_is_that_of_any_file_the_user_writes(page):
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(page.stat().st_mode) == 0o666 & ~mask


def test_render_html_is_byte_identical_across_runs(page, tmp_path, monkeypatch):
    monkeypatch.chdir(page.parent)
    assert main(["report", "--format", "html", "-q", "--no-cache", "-o", str(tmp_path / "again.html")]) == 0
    assert (tmp_path / "again.html").read_bytes() == page.read_bytes()


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None and os.environ.get("CI") == "true":
        pytest.fail("chromium missing in CI: .ci/run installs it (apt-get install chromium)")
    if found is None:
        pytest.skip(CHROMIUM_MISSING)
    return found


def _headless(chromium: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                           "--no-first-run", "--user-data-dir=" + str(Path(args[-1][7:]).parent / "profile"),
                           *args], capture_output=True, text=True, timeout=120, check=False)


def test_render_html_in_headless_chromium(page, tmp_path):
    chromium = _chromium()
    probed = tmp_path / "probed.html"
    probed.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "\n</body>"), encoding="utf-8")
    done = _headless(chromium, "--dump-dom", probed.as_uri())
    dom = done.stdout
    assert 'data-ready="1"' in dom, done.stderr[-2000:]  # the page's own script ran
    probe = json.loads(html.unescape(re.search(r'data-probe="([^"]*)"', dom).group(1)))
    persian = [q for q in probe["quotes"] if "مادورو" in q["text"]]
    english = [q for q in probe["quotes"] if q["text"].startswith(("Things", "A declaration"))]
    assert persian and english
    assert all(q["rtl"] and q["startsAtItsEdge"] for q in persian), persian  # laid out right to left
    assert all(q["digitsInOrder"] for q in persian if q["digitsInOrder"] is not None), persian  # "2018", "68"
    assert any(q["marked"] == "حدود 68 درصد" for q in persian)
    assert all(not q["rtl"] and q["startsAtItsEdge"] for q in english), english
    assert probe["filtered"] == "1 of 5 findings shown"
    assert probe["ascending"] == sorted(probe["ascending"], key=["info", "warning", "error"].index)
    assert probe["svg"] >= 5 and probe["matrixCells"] > 0


def test_render_html_screenshot_is_not_blank(page, tmp_path):
    chromium = _chromium()
    shot = tmp_path / "page.png"
    _headless(chromium, f"--screenshot={shot}", "--window-size=1200,1600", page.as_uri())
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1200, 1600)
    assert len(data) > 40_000  # a blank page of that size compresses to a few kilobytes


def test_render_html_timeline_names_each_date_once(page):
    text = page.read_text(encoding="utf-8")
    assert "2019-01-24 001 (RT (reposted on a blog))</text>" in text
    assert "2019-01-24 001 (RT (reposted on a blog), 2019-01-24)" not in text


def test_render_html_timeline_stays_readable_at_scale():
    """1,500 seeds drew 1,500 rows (an SVG 33,040 pixels tall): publication dates are grouped by day, by
    month when there are more than MAX_EVENTS days, and the rows are capped with "and N more"."""
    from datetime import date, timedelta

    from checker.model import Report
    from checker.render import html as html_report
    from checker.render.markdown import MAX_EVENTS
    from test_render_markdown import fact, result

    seeds = tuple(result(f"s{i:04d}", published=date(2019, 1, 1) + timedelta(days=i * 900 // 1500))
                  for i in range(1500))
    svg = re.search(r'<svg id="timeline".*?</svg>', html_report.render(Report(seeds, (fact("troops"),), ())), re.S).group(0)
    rows = svg.count("<circle")
    assert 2 <= rows <= MAX_EVENTS and int(re.search(r'height="(\d+)"', svg).group(1)) < 40 + 22 * (MAX_EVENTS + 2)
    assert "2019-01 " in svg and "seeds published" in svg
    few = tuple(result(f"s{i}", published=date(2019, 5, 1 + i // 2)) for i in range(6))
    svg = re.search(r'<svg id="timeline".*?</svg>', html_report.render(Report(few, (), ())), re.S).group(0)
    assert svg.count("<circle") == 3 and "2019-05-01 2 seeds published: s0, s1</text>" in svg


def test_render_html_matrix_is_capped_like_the_markdown_one():
    """1,500 seeds × 1,000 facts made a 17 MB page, most of it the matrix: at most MATRIX_SEEDS seeds
    (those with a discrepancy first), and the facts they mention."""
    from checker.render import html as html_report
    from checker.render.markdown import MATRIX_SEEDS
    from test_render_scale import wide_matrix_report

    page = html_report.render(wide_matrix_report(3000, flagged=(7, 2911)))
    matrix = re.search(r'<table id="matrix">.*?</table>', page, re.S).group(0)
    header = re.findall(r"<th[^>]*>([^<]*)</th>", matrix.split("</thead>")[0])
    assert header[0] == "fact" and len(header) == MATRIX_SEEDS + 1 and {"s0007", "s2911"} <= set(header)
    assert header[1:] == sorted(header[1:])
    assert matrix.count("<tr><td>") <= 2 * MATRIX_SEEDS  # each seed mentions two facts
    assert "… and 2900 more seeds" in page
    small = re.search(r'<table id="matrix">.*?</table>', html_report.render(wide_matrix_report(5)), re.S).group(0)
    assert small.count("<tr><td>") == 100  # narrow: every fact, as before
