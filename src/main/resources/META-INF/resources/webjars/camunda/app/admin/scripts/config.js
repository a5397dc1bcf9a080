// Kurul: Admin in Turkish, Kurul's name in the header.
// The original of this file is camunda-webapp-webjar 7.24.0 app/admin/scripts/config.js.
export default {
  app: {
    name: 'Yönetim',
    vendor: 'Kurul'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  // Turkish whatever the browser's language (Camunda picks the browser's language when it is available; add 'en'
  // here to let English browsers have English)
  // scripts/kurul-admin.js: the header in Turkish, provinces (tenants) in Turkish alphabetical order
  customScripts: ['scripts/kurul-admin'],
  locales: {
    availableLocales: ['tr'],
    fallbackLocale: 'tr'
  }
};
