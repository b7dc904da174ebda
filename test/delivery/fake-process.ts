// The rate-limited fake platform in its own process (the bench: a real
// platform does not share the dispatcher's CPU). Prints its URL on stdout;
// GET /stats gives the counts. Options as JSON in argv[2].
//   node --import tsx test/delivery/fake-process.ts '{"ratePerSec":1000,"burst":100}'
import { startLimitedApi, type LimitedApiOptions } from "../fakes/limited-api.js";

const options = JSON.parse(process.argv[2] ?? "{}") as LimitedApiOptions;
const api = await startLimitedApi(options);
process.stdout.write(`${api.url}\n`);
process.on("SIGTERM", () => void api.close().then(() => process.exit(0)));
