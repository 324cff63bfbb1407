import type { SeedTenant, SeedUser } from "../seed/types";

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const escapeHtml = escape;

const STYLE = `
body{margin:0;font-family:"Segoe UI",system-ui,sans-serif;background:#f2f2f2;color:#1b1b1b}
main{max-width:440px;margin:2rem auto;background:#fff;padding:2rem 1.5rem;box-shadow:0 2px 6px rgba(0,0,0,.2)}
h1{font-size:1.5rem;font-weight:600;margin:0 0 .25rem}
p.lead{margin:0 0 1.25rem;color:#444}
h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:#555;margin:1.25rem 0 .25rem}
ul{list-style:none;margin:0;padding:0}
li{border-top:1px solid #e5e5e5}
.account{display:block;width:100%;text-align:left;background:none;border:0;padding:.75rem .5rem;font:inherit;color:inherit;cursor:pointer;text-decoration:none}
.account:hover,.account:focus-visible{background:#eef4fb;outline:2px solid #0067b8}
.name{display:block;font-weight:600}
.upn{display:block;color:#444;font-size:.9rem}
.note{display:block;color:#595959;font-size:.8rem;margin-top:.15rem}
.banner{font-size:.8rem;background:#fff4ce;border:1px solid #e0c060;padding:.5rem;margin-bottom:1rem}
`;

export function layout(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title><style>${STYLE}</style></head><body><main>
<p class="banner">Offline Microsoft Entra ID emulator — demo accounts, no passwords.</p>${body}</main></body></html>`;
}

export function accountLabel(user: SeedUser): string {
  return `<span class="name">${escape(user.displayName)}</span><span class="upn">${escape(user.userPrincipalName)}</span><span class="note">${escape(user.demoNote)}</span>`;
}

/** The per-tenant picker: each account is a button posting back to the interaction. */
export function renderTenantPicker(tenant: SeedTenant, action: string): string {
  const items = tenant.users
    .map(
      (user) =>
        `<li><form method="post" action="${escape(action)}"><input type="hidden" name="account" value="${escape(user.id)}"><button class="account" type="submit">${accountLabel(user)}</button></form></li>`,
    )
    .join("");
  return layout(
    "Sign in to your account",
    `<h1>Pick an account</h1><p class="lead">${escape(tenant.displayName)}</p><ul>${items}</ul>`,
  );
}

/** The multi-tenant (`/common`) picker: each account links to its own tenant's authorize endpoint. */
export function renderCommonPicker(
  tenants: SeedTenant[],
  hrefFor: (tenant: SeedTenant, user: SeedUser) => string,
): string {
  const groups = tenants
    .map((tenant) => {
      const items = tenant.users
        .map((user) => `<li><a class="account" href="${escape(hrefFor(tenant, user))}">${accountLabel(user)}</a></li>`)
        .join("");
      return `<h2>${escape(tenant.displayName)}</h2><ul>${items}</ul>`;
    })
    .join("");
  return layout("Sign in to your account", `<h1>Pick an account</h1><p class="lead">Microsoft</p>${groups}`);
}
