import { getT } from "@/lib/i18n/server";
import { SETTINGS, settingsIn, type SettingGroup } from "@/lib/it/settings";
import { ItSection } from "./it-page";

const GROUP_TITLES = {
  signIn: "it.config.group.signIn",
  graph: "it.config.group.graph",
  access: "it.config.group.access",
  sessions: "it.config.group.sessions",
  branding: "it.config.group.branding",
  helpdesk: "it.config.group.helpdesk",
  console: "it.config.group.console",
  reveal: "it.config.group.reveal",
  limits: "it.config.group.limits",
  file: "it.config.group.file",
} as const satisfies Record<SettingGroup, string>;

/** The settings of one group: name, whether it is needed or its default, what it does, an example. Never a live value. */
export async function SettingList({ group }: { group: SettingGroup }) {
  const t = await getT();
  return (
    <ItSection id={`group-${group}`} title={t(GROUP_TITLES[group])}>
      <ul className="divide-line divide-y">
        {settingsIn(group).map((name) => {
          const setting = SETTINGS[name];
          const requirement =
            setting.requirement === "required"
              ? t("it.config.required")
              : setting.requirement.default
                ? t("it.config.default", { value: setting.requirement.default })
                : t("it.config.optional");
          return (
            <li key={name} id={name} className="space-y-1.5 py-3 first:pt-0 last:pb-0">
              <h3 className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <code className="font-mono font-bold [overflow-wrap:anywhere]">{name}</code>
                <span className="text-muted text-sm">{requirement}</span>
              </h3>
              <p>{t(setting.description)}</p>
              <p className="text-sm">
                <span className="font-semibold">{t("it.config.example")}</span>{" "}
                <code className="font-mono [overflow-wrap:anywhere]">{setting.example}</code>
              </p>
              {"secret" in setting && setting.secret ? (
                <p className="text-muted text-sm">{t("it.config.secret")}</p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </ItSection>
  );
}
