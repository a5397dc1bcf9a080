// Kurul: the welcome page in Turkish, Kurul's name in the header.
// The original of this file is camunda-webapp-webjar 7.24.0 app/welcome/scripts/config.js.
export default {
  app: {
    name: 'Hoş geldiniz',
    vendor: 'Kurul'
  },
  // Turkish whatever the browser's language (Camunda picks the browser's language when it is available; add 'en'
  // here to let English browsers have English)
  locales: {
    availableLocales: ['tr'],
    fallbackLocale: 'tr'
  },
  // scripts/kurul-welcome.js: the header's Turkish names and "Parolamı unuttum" on the login form (webapp-header.js)
  customScripts: ['scripts/kurul-welcome']
};
