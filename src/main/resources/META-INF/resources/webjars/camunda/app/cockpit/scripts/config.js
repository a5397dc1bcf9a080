// Kurul: Cockpit in Turkish, Kurul's name in the header, the managers' compliance dashboard as a Cockpit page.
// The original of this file is camunda-webapp-webjar 7.24.0 app/cockpit/scripts/config.js.
export default {
  app: {
    name: 'İzleme',
    vendor: 'Kurul'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  // Turkish whatever the browser's language (Camunda picks the browser's language when it is available; add 'en'
  // here to let English browsers have English)
  locales: {
    availableLocales: ['tr'],
    fallbackLocale: 'tr'
  },
  // scripts/kurul-dashboard.js: "Uyum Panosu" in the header and its page (#/kurul-pano)
  customScripts: ['scripts/kurul-dashboard']
};
