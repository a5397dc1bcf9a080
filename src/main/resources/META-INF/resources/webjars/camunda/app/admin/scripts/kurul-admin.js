// Kurul: Admin's header in Turkish (webapp-header.js) and the provinces (tenants) in Turkish alphabetical order —
// Camunda sorts them by the database's binary collation, which puts "İzmir" after "Zonguldak".
/* global window, document */
import { whenThePageChanges } from '/kurul/webapp-header.js';

const TURKISH = new window.Intl.Collator('tr', { sensitivity: 'base' });

function sortTenantRows() {
  if (!window.location.hash.startsWith('#/tenants')) {
    return;
  }
  document.querySelectorAll('table tbody').forEach((body) => {
    const rows = Array.from(body.children).filter((row) => row.tagName === 'TR');
    const name = (row) => (row.querySelector('td.tenant-name, td:nth-child(2)') || row).textContent.trim();
    const sorted = rows.slice().sort((a, b) => TURKISH.compare(name(a), name(b)));
    if (sorted.some((row, i) => row !== rows[i])) {
      sorted.forEach((row) => body.appendChild(row));
    }
  });
}

whenThePageChanges(sortTenantRows);

export default [];
