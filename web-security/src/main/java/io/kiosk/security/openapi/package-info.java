/**
 * The OpenAPI descriptions of both applications, made from their code: each application names and describes
 * its operations with springdoc's annotations, and this package adds what holds for all of them (who may call
 * each operation, asked of the access rules; problem details for every error; wire formats of money and
 * currencies; examples; required members). The descriptions are committed under {@code docs/api/} and checked
 * against the running applications by their {@code ApiContractTest}.
 */
package io.kiosk.security.openapi;
