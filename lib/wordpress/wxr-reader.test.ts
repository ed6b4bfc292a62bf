import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_TEXT_CHARS, readWxrChunks, readWxrFile, type WxrRecord, WxrError } from "./wxr-reader";
import { wxrFooter, wxrHeader, wxrItem } from "./wxr-writer";

const fixture = (name: string) => path.join(__dirname, "fixtures", name);

async function collect(records: AsyncIterable<WxrRecord>): Promise<WxrRecord[]> {
  const out: WxrRecord[] = [];
  for await (const record of records) out.push(record);
  return out;
}

function* chunksOf(text: string, size = 1000): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

const readText = (text: string) => collect(readWxrChunks(chunksOf(text)));

async function refusal(text: string): Promise<string> {
  try {
    await readText(text);
  } catch (error) {
    expect(error).toBeInstanceOf(WxrError);
    return (error as Error).message;
  }
  throw new Error("the file was accepted");
}

const small = wxrHeader({ title: "T", link: "https://old.example" }) + wxrItem({ title: "One", postId: "1", content: "<p>Hi</p>" }) + wxrFooter;

describe("reading a WordPress export", () => {
  it("reads the block-editor test export: channel, authors, terms, every item and its comments", async () => {
    const records = await collect(readWxrFile(fixture("64-block-test-data.xml")));
    const channel = records.find((r) => r.kind === "channel");
    expect(channel?.kind === "channel" && channel.channel.wxrVersion).toBe("1.2");
    expect(records.filter((r) => r.kind === "author")).toHaveLength(2);
    const items = records.flatMap((r) => (r.kind === "item" ? [r.item] : []));
    expect(items.filter((i) => i.postType === "post")).toHaveLength(61);
    const withComments = items.find((i) => i.comments.length > 0)!;
    expect(withComments.comments.map((c) => [c.id, c.parent, c.approved])).toEqual([
      ["2", "0", "1"],
      ["3", "2", "1"],
    ]);
    const list = items.find((i) => i.postName === "list")!;
    expect(list.content).toContain("<!-- wp:list -->");
    expect(list.terms).toEqual([{ domain: "category", slug: "text", name: "Text" }]);
  });

  it("reads an older export without post ids, author list or term domains", async () => {
    const records = await collect(readWxrFile(fixture("theme-preview.xml")));
    const items = records.flatMap((r) => (r.kind === "item" ? [r.item] : []));
    expect(items).toHaveLength(7);
    expect(items[0]!.terms[0]).toEqual({ domain: "", slug: "", name: "Uncategorized" });
    expect(items.reduce((sum, i) => sum + i.comments.length, 0)).toBe(2);
  });

  it("round-trips any text through the writer, including ]]> and characters XML forbids", async () => {
    const content = "a ]]> b <script>x</script> & \u0001 ünïcödé 🎉";
    const records = await readText(wxrHeader({ link: "https://x.example" }) + wxrItem({ title: "]]>", content, postId: "5" }) + wxrFooter);
    const item = records.find((r) => r.kind === "item");
    expect(item?.kind === "item" && item.item.content).toBe("a ]]> b <script>x</script> &  ünïcödé 🎉");
    expect(item?.kind === "item" && item.item.title).toBe("]]>");
  });

  it("refuses a DOCTYPE, so entities can neither expand nor read files", async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>`;
    expect(await refusal(`${laughs}${small.replace(/^<\?xml[^>]*>/, "").replace("<title>T</title>", "<title>&c;</title>")}`)).toMatch(/DOCTYPE/);
    const external = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>`;
    expect(await refusal(`${external}${small.replace(/^<\?xml[^>]*>/, "").replace("<p>Hi</p>", "&x;")}`)).toMatch(/DOCTYPE/);
  });

  it("refuses what is not a WordPress export, with a message saying so", async () => {
    expect(await refusal(`<?xml version="1.0"?><rss version="2.0"><channel><title>A feed</title><item><title>x</title></item></channel></rss>`)).toMatch(/not a WordPress export/);
    expect(await refusal(`<html><body>hello</body></html>`)).toMatch(/not a WordPress export/);
    expect(await refusal(`{"posts": []}`)).toMatch(/not well-formed XML/);
    expect(await refusal("")).toMatch(/empty/);
  });

  it("refuses a truncated export, wherever it was cut", async () => {
    for (const cut of [0.3, 0.6, 0.95]) {
      expect(await refusal(small.slice(0, Math.floor(small.length * cut)))).toMatch(/ends early|not well-formed/);
    }
    expect(await refusal(small.slice(0, small.lastIndexOf("</rss>")))).toMatch(/ends early/);
  });

  it("refuses one enormous text node once it passes the bound, without reading the rest", async () => {
    let fed = 0;
    function* huge(): Generator<string> {
      yield wxrHeader({ link: "https://x.example" }) + "\t<item>\n\t\t<content:encoded>";
      const block = "a".repeat(64 * 1024);
      // A gigabyte, were it all read.
      for (let i = 0; i < 16 * 1024; i++) {
        fed += block.length;
        yield block;
      }
    }
    await expect(collect(readWxrChunks(huge()))).rejects.toThrow(/longer than/);
    expect(fed).toBeLessThan(MAX_TEXT_CHARS + 1024 * 1024);
  });
});
