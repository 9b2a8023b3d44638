/** Inline CSS: the report is one file that works offline. */
export const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1f2328;background:#fff}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:28px 0 8px}
p.sides{margin:4px 0;color:#57606a}
.timeline{display:flex;list-style:none;padding:28px 0 0;margin:12px 0;overflow-x:auto;gap:1px}
.tick{position:relative;flex:1 1 0;min-width:36px;text-align:center;border-top:4px solid #d0d7de;padding-top:4px;font-size:12px}
.tick.in-span{border-top-color:#0969da;background:#ddf4ff}
.tick .api{display:block;font-weight:600}.tick .docker{display:block;color:#57606a;font-size:10px;overflow-wrap:anywhere}
.tick .flag{position:absolute;top:-24px;left:0;right:0;font-weight:700;color:#0969da;text-transform:uppercase;font-size:11px}
.tick.mark-from,.tick.mark-to,.tick.mark-both{outline:2px solid #0969da}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa;cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
code{font:12px ui-monospace,monospace}
tr.kind-pin-refused td:first-child,tr.kind-removed td:first-child,tr.kind-unavailable td:first-child{color:#cf222e;font-weight:600}
.empty,.caption{color:#57606a}.caption{font-size:12px;margin:0 0 8px}
`;

/**
 * Inline script: a click on a header sorts its table by that column; a second
 * click reverses. Cells may carry `data-sort`; numbers inside text compare as
 * numbers, so API 1.9 sorts before 1.10.
 */
export const SCRIPT = `
for (const table of document.querySelectorAll('table.sortable')) {
  const headers = [...table.tHead.rows[0].cells];
  headers.forEach((th, column) => th.addEventListener('click', () => {
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    headers.forEach((other) => other.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const body = table.tBodies[0];
    const value = (row) => { const cell = row.cells[column]; return cell.dataset.sort ?? cell.textContent.trim(); };
    const rows = [...body.rows].sort((a, b) => {
      const order = value(a).localeCompare(value(b), 'en', { numeric: true });
      return ascending ? order : -order;
    });
    body.append(...rows);
  }));
}
`;
