// Swagger UI (vendored, see swagger-ui.LICENSE.txt) over the service's own /openapi.yaml.
"use strict";

window.addEventListener("DOMContentLoaded", () => {
  window.ui = window.SwaggerUIBundle({
    url: new URL("openapi.yaml", window.location.href).href,
    dom_id: "#swagger-ui",
    deepLinking: true,
    // Nothing leaves for swagger.io's validator, and a typed key is not kept in localStorage.
    validatorUrl: null,
    persistAuthorization: false,
    displayRequestDuration: true,
  });
});
