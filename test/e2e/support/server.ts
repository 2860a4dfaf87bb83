/** A static file server for the harness folder, on 127.0.0.1 and a port the system picks. */
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
	".html": "text/html; charset=utf-8",
	".js": "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".woff2": "font/woff2",
	".png": "image/png",
	".svg": "image/svg+xml",
};

export interface StaticServer {
	/** `http://127.0.0.1:PORT/` */
	url: string;
	close(): Promise<void>;
}

export async function serve(dir: string): Promise<StaticServer> {
	const root = normalize(dir + sep);
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
		const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
		if (!file.startsWith(root)) {
			res.writeHead(403).end();
			return;
		}
		readFile(file).then(
			(body) => res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" }).end(body),
			() => res.writeHead(404).end(),
		);
	});
	await new Promise<void>((resolve, reject) => {
		server.once("error", reject);
		server.listen(0, "127.0.0.1", () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
