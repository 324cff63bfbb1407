import { randomInt, randomUUID } from "node:crypto";
import type { SeedManagedDevice, SeedRecoveryKey, SeedTenant } from "../seed/types";
import type { EmulatorState } from "../state";

/** Eight blocks, each a random 16-bit word × 11: how BitLocker builds a recovery password. */
const newRecoveryPassword = () =>
  Array.from({ length: 8 }, () => String(randomInt(0, 65536) * 11).padStart(6, "0")).join("-");

const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * What Windows does after Intune asks it to rotate: after a while it backs up a new recovery
 * password for the OS drive, which then appears in the tenant's key list. Reset undoes it.
 */
export function scheduleRotation(state: EmulatorState, tenant: SeedTenant, device: SeedManagedDevice): void {
  const added: SeedRecoveryKey[] = [];
  const timer = setTimeout(
    () => {
      const key: SeedRecoveryKey = {
        id: randomUUID(),
        createdDateTime: isoSeconds(new Date()),
        volumeType: "1",
        deviceId: device.azureADDeviceId,
        key: newRecoveryPassword(),
      };
      tenant.recoveryKeys.push(key);
      added.push(key);
    },
    Math.max(0, state.config.rotationDelayMs),
  );
  timer.unref();
  const undo = () => {
    clearTimeout(timer);
    for (const key of added) tenant.recoveryKeys.splice(tenant.recoveryKeys.indexOf(key), 1);
    state.resetHooks.delete(undo);
  };
  state.resetHooks.add(undo);
}
