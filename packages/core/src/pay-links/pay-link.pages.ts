/** The patient-facing pages of a pay link: plain HTML, no script, every value escaped. */

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function page(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}
<title>${escape(title)}</title>
<style>body{font-family:Helvetica,Arial,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#1f2933}
label{display:block;margin:.75rem 0}input{display:block;margin-top:.25rem;padding:.4rem;width:100%;box-sizing:border-box}
button,a.button{margin-top:1rem;padding:.5rem 1rem;background:#1c5fb8;color:#fff;border:0;border-radius:4px;text-decoration:none;display:inline-block}
.error{color:#b42318}</style></head>
<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

/** A link that is malformed, altered or expired: the same words for each, so the page tells an attacker nothing. */
export function refusedPage(): string {
  return page('This payment link does not work', '<p>The link is out of date or incomplete. Please use the link on your latest statement, or call the billing office.</p>');
}

/** The knowledge check before anything about the account is shown. `linkPath` is `/pay/<token>`, where the forms post. */
export function checkPage(linkPath: string, officeName: string, error?: string): string {
  return page(
    `Pay your bill to ${officeName}`,
    `<p>To protect your privacy, first confirm the patient's date of birth or the ZIP code on the account.</p>
${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
<form method="post" action="${escape(linkPath)}/verify"><label>Date of birth (YYYY-MM-DD) or ZIP code <input name="answer" required autocomplete="off"></label>
<button type="submit">Continue</button></form>`,
  );
}

/** What is owed, and the form to pay all or part of it. */
export function amountPage(view: { planMonths: readonly number[]; linkPath: string; officeName: string; patientLabel: string; accountNumber: string; amountDue: string; amountDueCents: number; proof: string; receiptEmail: string; error?: string }): string {
  if (view.amountDueCents === 0) return page(`${view.officeName}: nothing to pay`, `<p>Account ${escape(view.accountNumber)} (${escape(view.patientLabel)}) has no balance due. Thank you.</p>`);
  return page(
    `Pay your bill to ${view.officeName}`,
    `<p>Account ${escape(view.accountNumber)} — ${escape(view.patientLabel)}</p>
<p>Amount due: <strong>${escape(view.amountDue)}</strong></p>
${view.error ? `<p class="error" role="alert">${escape(view.error)}</p>` : ''}
<form method="post" action="${escape(view.linkPath)}/checkout"><input type="hidden" name="proof" value="${escape(view.proof)}">
<label>Amount to pay (dollars) <input name="amount" value="${escape((view.amountDueCents / 100).toFixed(2))}" inputmode="decimal" required></label>
<label>Email for your receipt <input name="receiptEmail" type="email" value="${escape(view.receiptEmail)}" autocomplete="email"></label>
<button type="submit">Continue to secure payment</button></form>
<p>You will enter your card on our payment processor's page; your card number never reaches us.</p>
${
      view.planMonths.length > 0
        ? `<h2>Or pay monthly</h2>
<form method="post" action="${escape(view.linkPath)}/plan"><input type="hidden" name="proof" value="${escape(view.proof)}">
<label>Number of monthly payments <select name="months">${view.planMonths.map((months) => `<option value="${months}">${months} payments of ${escape(installmentText(view.amountDueCents, months))}</option>`).join('')}</select></label>
<button type="submit">Set up the payment plan</button></form>
<p>The first payment is due in 30 days; pay each one with this link. A missed payment gets a reminder before the plan ends.</p>`
        : '<p>Cannot pay it all now? Call the billing office to set up a payment plan.</p>'
    }`,
  );
}

const installmentText = (totalCents: number, months: number) => `$${(Math.ceil(totalCents / months) / 100).toFixed(2)}`;

/** The plan the payer set up from the link. */
export function planPage(view: { officeName: string; installment: string; months: number; firstDueOn: string }): string {
  return page(
    'Payment plan set up',
    `<p>${escape(view.officeName)} set up your plan: ${view.months} monthly payments of about <strong>${escape(view.installment)}</strong>, the first due ${escape(view.firstDueOn)}.</p>
<p>Pay each installment with the link on your statement. You will get no more statements for this balance while the plan is kept.</p>`,
  );
}

/** Sends the payer on to the processor's hosted page (a link and a refresh: a form may not redirect off-site). */
export function toProcessorPage(url: string): string {
  return page('Continue to secure payment', `<p><a class="button" href="${escape(url)}">Continue to the payment page</a></p>`, `<meta http-equiv="refresh" content="0;url=${escape(url)}">`);
}

/** The receipt shown when the processor settled the payment. */
export function receiptPage(view: { officeName: string; amount: string; receiptNumber: string; receivedOn: string; receiptEmail: string | null }): string {
  return page(
    'Thank you: payment received',
    `<p>${escape(view.officeName)} received <strong>${escape(view.amount)}</strong> on ${escape(view.receivedOn)}.</p>
<p>Receipt number: <strong>${escape(view.receiptNumber)}</strong></p>
${view.receiptEmail ? `<p>A receipt is on its way to ${escape(view.receiptEmail)}.</p>` : ''}`,
  );
}

/** The processor did not settle the payment (declined, or not finished). */
export function notPaidPage(reason: string, retryUrl: string): string {
  return page('Payment not completed', `<p>${escape(reason)}</p><p><a class="button" href="${escape(retryUrl)}">Try again</a></p>`);
}
