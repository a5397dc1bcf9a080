// Kurul: the managers' compliance dashboard as a Cockpit page (#/kurul-pano) with an "Uyum Panosu" entry in
// Cockpit's header. The page itself is /kurul/dashboard.html (served by Kurul, charts from its own ECharts webjar);
// it reads GET /api/reports/compliance with the Cockpit session.
const PATH = '/kurul-pano';

export default [
  {
    id: 'kurul.dashboard.page',
    pluginPoint: 'cockpit.route',
    properties: {
      path: PATH,
      label: PATH
    },
    render: (container) => {
      container.innerHTML = '<iframe src="/kurul/dashboard.html" title="Uyum Panosu" class="kurul-dashboard"'
        + ' style="width:100%;height:calc(100vh - 110px);border:0;display:block"></iframe>';
    }
  },
  {
    id: 'kurul.dashboard.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: {
      path: PATH
    },
    render: (container) => {
      container.innerHTML = '<a href="#' + PATH + '" class="kurul-dashboard-link">Uyum Panosu</a>';
    }
  }
];
