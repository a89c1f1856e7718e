/**
 * Checks of the Kafka cluster stretched over two sites (infra/sites/sites.sh), through the admin API:
 *
 *   node dist/scripts/sites-kafka.js placement         every partition has two replicas in site a (brokers
 *                                                      1, 2) and two in site b (3, 4); exit 1 naming the others
 *   node dist/scripts/sites-kafka.js under-replicated  how many partitions have fewer in-sync replicas than replicas
 *   node dist/scripts/sites-kafka.js min-isr [N]       print (or set) the cluster-wide default min.insync.replicas,
 *                                                      which the topics of the stretched cluster inherit
 *
 * Reads KAFKA_BROKERS and KAFKA_CREDENTIALS_FILE (the operator, `admin`), like the other scripts.
 */
import { kafkaClient, kafkaConnectionFromEnv } from '@passerelle/messaging';

export const SITE_OF_BROKER: Record<number, 'a' | 'b'> = { 1: 'a', 2: 'a', 3: 'b', 4: 'b' };

export interface PartitionPlacement {
  topic: string;
  partition: number;
  replicas: number[];
  isr: number[];
}

/** The partitions whose replicas are not two in each site. */
export function misplaced(parts: PartitionPlacement[]): PartitionPlacement[] {
  return parts.filter((p) => {
    const a = p.replicas.filter((r) => SITE_OF_BROKER[r] === 'a').length;
    const b = p.replicas.filter((r) => SITE_OF_BROKER[r] === 'b').length;
    return a !== 2 || b !== 2;
  });
}

async function partitions(env: NodeJS.ProcessEnv): Promise<PartitionPlacement[]> {
  const admin = kafkaClient(kafkaConnectionFromEnv('admin', env), 'passerelle-sites').admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => !t.startsWith('__'));
    const { topics: meta } = await admin.fetchTopicMetadata({ topics });
    return meta.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partitionId, replicas: p.replicas, isr: p.isr })));
  } finally {
    await admin.disconnect();
  }
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [command] = argv;
  if (command === 'placement') {
    const parts = await partitions(env);
    const bad = misplaced(parts);
    for (const p of bad) process.stderr.write(`misplaced: ${p.topic}/${p.partition} replicas ${p.replicas.join(',')}\n`);
    process.stdout.write(`placement: ${parts.length - bad.length} of ${parts.length} partitions have two replicas in each site\n`);
    return bad.length === 0 && parts.length > 0 ? 0 : 1;
  }
  if (command === 'under-replicated') {
    const parts = await partitions(env);
    process.stdout.write(`${parts.filter((p) => p.isr.length < p.replicas.length).length}\n`);
    return 0;
  }
  if (command === 'min-isr') {
    const admin = kafkaClient(kafkaConnectionFromEnv('admin', env), 'passerelle-sites').admin();
    await admin.connect();
    try {
      // Set on every live broker (a per-broker dynamic value; kafkajs cannot name the cluster-wide
      // default entity). The topics inherit it; a broker that comes back keeps its static 3.
      const { brokers } = await admin.describeCluster();
      const resources = brokers.map((b) => ({ type: 4 /* BROKER */, name: String(b.nodeId) }));
      if (argv[1]) {
        const n = Number(argv[1]);
        if (!Number.isInteger(n) || n < 1 || n > 4) throw new Error('min-isr takes 1 to 4');
        await admin.alterConfigs({
          validateOnly: false,
          resources: resources.map((r) => ({ ...r, configEntries: [{ name: 'min.insync.replicas', value: String(n) }] })),
        });
      }
      const described = await admin.describeConfigs({
        includeSynonyms: false,
        resources: resources.map((r) => ({ ...r, configNames: ['min.insync.replicas'] })),
      });
      const values = described.resources.map((r) =>
        Number(r.configEntries.find((c) => c.configName === 'min.insync.replicas')?.configValue ?? 3),
      );
      // The highest one is what a write may need.
      process.stdout.write(`${Math.max(...values)}\n`);
      return 0;
    } finally {
      await admin.disconnect();
    }
  }
  process.stderr.write('usage: sites-kafka.js placement|under-replicated|min-isr [N]\n');
  return 2;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`sites-kafka: ${(e as Error).message}\n`);
      process.exit(1);
    },
  );
}
