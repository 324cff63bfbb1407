import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Deployment, type IDeployment } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler, type IHorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { Ingress, type IIngress } from "kubernetes-models/networking.k8s.io/v1";
import { PodDisruptionBudget, type IPodDisruptionBudget } from "kubernetes-models/policy/v1";
import { ConfigMap, Namespace, Secret, Service, type IService } from "kubernetes-models/v1";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";

/** The Kubernetes API's schema for every kind the example uses (types, required fields, enums, quantities). */
const SCHEMAS: Record<string, new (data: never) => { validate(): void }> = {
  "v1/Namespace": Namespace,
  "v1/Secret": Secret,
  "v1/ConfigMap": ConfigMap,
  "v1/Service": Service,
  "apps/v1/Deployment": Deployment,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
  "networking.k8s.io/v1/Ingress": Ingress,
};

type Doc = { apiVersion?: string; kind?: string; metadata?: { name?: string; namespace?: string } };
const parsed = parseAllDocuments(readFileSync(join(import.meta.dirname, "kubernetes.yaml"), "utf8"));
const docs = parsed.map((d) => d.toJS() as Doc);
function one<T>(kind: string): T {
  const found = docs.filter((d) => d.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0] as T;
}

describe("deploy/kubernetes.yaml", () => {
  it("is valid YAML without duplicate keys", () => {
    expect(parsed.flatMap((d) => d.errors.map((e) => e.message))).toEqual([]);
  });

  it("every document is valid against the Kubernetes API schema of its kind", () => {
    const failures = docs.flatMap((doc) => {
      const key = `${doc.apiVersion}/${doc.kind}`;
      const Model = SCHEMAS[key];
      if (!Model) return [`${key} ${doc.metadata?.name}: no schema here; add its kind to SCHEMAS`];
      try {
        new Model(doc as never).validate();
        return [];
      } catch (error) {
        return [`${key} ${doc.metadata?.name}: ${error instanceof Error ? error.message : String(error)}`];
      }
    });
    expect(failures).toEqual([]);
  });

  it("the autoscaler owns the Deployment's replica count, on CPU requests it can measure", () => {
    const deployment = one<IDeployment>("Deployment");
    const hpa = one<IHorizontalPodAutoscaler>("HorizontalPodAutoscaler");
    expect(hpa.spec?.scaleTargetRef).toEqual({
      apiVersion: "apps/v1",
      kind: "Deployment",
      name: deployment.metadata?.name,
    });
    expect(hpa.metadata?.namespace).toBe(deployment.metadata?.namespace);
    // A replica count in the file would reset the autoscaler's on every `kubectl apply`.
    expect(deployment.spec?.replicas).toBeUndefined();
    // Utilization is a share of the request: without a CPU request the autoscaler cannot act.
    const cpu = hpa.spec?.metrics?.find((m) => m.resource?.name === "cpu");
    expect(cpu?.resource?.target.type).toBe("Utilization");
    for (const container of deployment.spec?.template.spec?.containers ?? [])
      expect(container.resources?.requests?.cpu, container.name).toBeDefined();
  });

  it("node drains keep a replica serving: the disruption budget allows fewer than the autoscaler's minimum", () => {
    const hpa = one<IHorizontalPodAutoscaler>("HorizontalPodAutoscaler");
    const pdb = one<IPodDisruptionBudget>("PodDisruptionBudget");
    expect(hpa.spec?.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.spec?.maxReplicas).toBeGreaterThan(hpa.spec?.minReplicas ?? 1);
    expect(Number(pdb.spec?.minAvailable)).toBeLessThan(hpa.spec?.minReplicas ?? 1);
  });

  it("the Service, budget and Ingress reach the Deployment's pods on the port its probes use", () => {
    const deployment = one<IDeployment>("Deployment");
    const service = one<IService>("Service");
    const pdb = one<IPodDisruptionBudget>("PodDisruptionBudget");
    const ingress = one<IIngress>("Ingress");
    const labels = deployment.spec?.template.metadata?.labels ?? {};
    expect(labels).toMatchObject(deployment.spec?.selector.matchLabels ?? { missing: "selector" });
    expect(labels).toMatchObject(service.spec?.selector ?? { missing: "selector" });
    expect(labels).toMatchObject(pdb.spec?.selector?.matchLabels ?? { missing: "selector" });

    const container = deployment.spec?.template.spec?.containers[0];
    const portNames = (container?.ports ?? []).map((p) => p.name);
    expect(portNames).toContain(service.spec?.ports?.[0]?.targetPort);
    expect(container?.livenessProbe?.httpGet).toMatchObject({ path: "/api/health" });
    expect(container?.readinessProbe?.httpGet).toMatchObject({ path: "/api/ready" });
    for (const probe of [container?.startupProbe, container?.livenessProbe, container?.readinessProbe])
      expect(portNames).toContain(probe?.httpGet?.port);

    const backend = ingress.spec?.rules?.[0]?.http?.paths[0]?.backend.service;
    expect(backend?.name).toBe(service.metadata?.name);
    expect(service.spec?.ports?.map((p) => p.name)).toContain(backend?.port?.name);
  });
});
