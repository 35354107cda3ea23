/**
 * The statement template used until an organization saves its own (plugin setting `template`). Handlebars over the
 * statement view (statement-view.ts): amounts arrive formatted, and `{{…}}` escapes everything it prints.
 */
export const DEFAULT_STATEMENT_TEMPLATE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{title}} {{statementDate}} — {{provider.name}}</title>
<style>
  body { font-family: Helvetica, Arial, sans-serif; color: #1f2933; max-width: 52rem; margin: 2rem auto; }
  header { display: flex; justify-content: space-between; }
  table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
  th, td { border-bottom: 1px solid #d9e2ec; padding: .35rem .5rem; text-align: right; }
  th:first-child, td:first-child, th:nth-child(2), td:nth-child(2) { text-align: left; }
  .due { font-size: 1.4rem; font-weight: bold; }
  .notice { border: 2px solid #b42318; padding: .5rem 1rem; }
</style>
</head>
<body>
<header>
  <div><strong>{{provider.name}}</strong>{{#each provider.address}}<br>{{this}}{{/each}}<br>{{provider.phone}}</div>
  <div><h1>{{title}}</h1>Statement date: {{statementDate}}<br>Account: {{accountNumber}}<br>Patient: {{patientName}}</div>
</header>
<p>{{recipient.name}}{{#each recipient.address}}<br>{{this}}{{/each}}</p>
{{#if isFinalNotice}}<p class="notice">This is the final notice for this balance. Please pay it or contact us about a payment plan by {{dueDate}}.</p>{{/if}}
<table>
  <thead><tr><th>Date of service</th><th>Service</th><th>Charge</th><th>Insurance paid</th><th>Adjustments</th><th>Deductible</th><th>Coinsurance</th><th>Copay</th><th>Not covered</th><th>Your share</th></tr></thead>
  <tbody>
  {{#each lines}}<tr><td>{{serviceDate}}</td><td>{{description}}</td><td>{{charge}}</td><td>{{insurancePaid}}</td><td>{{adjustments}}</td><td>{{deductible}}</td><td>{{coinsurance}}</td><td>{{copay}}</td><td>{{nonCovered}}</td><td>{{yourShare}}</td></tr>
  {{/each}}
  </tbody>
  <tfoot><tr><th>Total</th><th></th><th>{{totals.charge}}</th><th>{{totals.insurancePaid}}</th><th>{{totals.adjustments}}</th><th>{{totals.deductible}}</th><th>{{totals.coinsurance}}</th><th>{{totals.copay}}</th><th>{{totals.nonCovered}}</th><th>{{totals.yourShare}}</th></tr></tfoot>
</table>
<p>Prior balance: {{priorBalance}} · Payments received: {{payments}}</p>
<p class="due">Amount due: {{amountDue}} — due by {{dueDate}}</p>
{{#if payOnlineUrl}}<p>Pay online: <a href="{{payOnlineUrl}}">{{payOnlineUrl}}</a></p>{{/if}}
<h2>How to pay</h2><p>{{notices.howToPay}}</p>
<h2>Payment plans</h2><p>{{notices.paymentPlans}}</p>
<h2>Financial assistance</h2><p>{{notices.financialAssistance}}</p>
<h2>Questions or disputes</h2><p>{{notices.dispute}} Call {{provider.phone}}.</p>
</body>
</html>
`;
