import { writeFileSync } from "node:fs";
import { wxrFooter, wxrHeader, wxrItem } from "./lib/wordpress/wxr-writer";
const W = "harbour council ferry budget library festival tide housing buses traders rowing hospital water bookshop".split(" ");
const words = (s: number, n: number) => Array.from({ length: n }, (_, i) => W[(s * 7 + i * 13) % W.length]).join(" ");
const parts = [wxrHeader({ link: "https://p.example" }, [{ login: "b", email: "b@example.test", displayName: "B" }])];
let id = 1;
for (let p = 1; p <= 200; p++) {
  const comments = Array.from({ length: 50 }, (_, c) => ({ id: String(id++), author: `R ${id % 500}`, authorEmail: `r${id % 500}@example.test`, authorIp: "10.0.0.1", dateGmt: "2024-03-01 10:00:00", content: `${words(id, 60)}.\n\n${words(id + 1, 30)}.`, approved: "1", parent: c % 3 === 2 ? String(id - 2) : "0" }));
  parts.push(wxrItem({ title: `S ${p}`, postId: String(p), postName: `s-${p}`, creator: "b", postDateGmt: "2024-03-01 09:00:00", status: "publish", content: `<p>${words(p, 400)}</p><h2>More</h2><p>${words(p + 3, 300)}</p>`, terms: [{ domain: "category", slug: `sec-${p % 8}`, name: `Sec ${p % 8}` }], comments: comments as never }));
}
parts.push(wxrFooter);
writeFileSync("/tmp/prof.xml", parts.join(""));
