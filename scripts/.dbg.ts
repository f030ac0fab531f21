import { launchBrowser } from "/work/main/test/e2e/browser.ts";
import { openPage } from "/work/main/test/e2e/page.ts";
import { serveDist } from "/work/main/scripts/serve-dist.ts";
const srv = await serveDist("/work/main/dist");
const port = (srv.address() as any).port;
const b = await launchBrowser();
const r = await openPage(b, `http://localhost:${port}${process.argv[2]}`);
console.log(await r.page.evaluate(process.argv[3]));
await b.close(); srv.close();
