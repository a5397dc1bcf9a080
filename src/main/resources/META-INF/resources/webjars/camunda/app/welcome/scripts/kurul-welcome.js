// Kurul: the welcome page's header in Turkish and "Parolamı unuttum" on its login form (webapp-header.js).
import '/kurul/webapp-header.js';

export default [];
