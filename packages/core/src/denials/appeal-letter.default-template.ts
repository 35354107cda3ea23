/** The appeal letter template every organization starts with (HTML; edit it or add others through the API). */
export const DEFAULT_APPEAL_TEMPLATE = {
  name: 'Standard appeal',
  format: 'html' as const,
  body: `<p>{{today}}</p>
<p>{{payer.name}}<br>Appeals / reconsideration</p>
<p><strong>Re: request for reconsideration of a denied claim</strong><br>
Patient: {{patient.name}}, member id {{patient.memberId}}<br>
Patient control number: {{claim.patientControlNumber}}<br>
Payer claim number: {{#if claim.payerClaimNumber}}{{claim.payerClaimNumber}}{{else}}not assigned{{/if}}<br>
Dates of service: {{claim.datesOfService}}<br>
Total charges: {{claim.totalCharge}}</p>
<p>To whom it may concern:</p>
<p>{{provider.name}} asks you to reconsider your decision on the services below. The denial reasons you gave and the records enclosed are listed after them.</p>
<table>
<thead><tr><th>Line</th><th>Date of service</th><th>Procedure</th><th>Modifiers</th><th>Units</th><th>Charge</th></tr></thead>
<tbody>
{{#each claim.lines}}<tr><td>{{lineNumber}}</td><td>{{dateOfService}}</td><td>{{procedureCode}}</td><td>{{modifiers}}</td><td>{{units}}</td><td>{{charge}}</td></tr>
{{/each}}</tbody>
</table>
<p>Denial reasons:</p>
<ul>
{{#each denials}}<li>{{where}}: {{code}} — {{description}} ({{amount}}){{#each remarks}}; remark {{code}}: {{description}}{{/each}}</li>
{{else}}<li>No denial reason was recorded for this claim.</li>
{{/each}}</ul>
<p>Enclosed:</p>
<ul>
{{#each attachments}}<li>{{name}}{{#if description}}: {{description}}{{/if}}</li>
{{else}}<li>No attachments.</li>
{{/each}}</ul>
<p>Please reprocess the claim. Contact us with any question.</p>
<p>Sincerely,<br>{{provider.name}}<br>NPI {{provider.npi}}{{#if provider.phone}}<br>{{provider.phone}}{{/if}}</p>
`,
};
