// Type-level proof that openapi/claude-api.yaml serves TypeScript as well as Python.
//
// `npm run check` generates generated/claude-api.d.ts from the spec with openapi-typescript, then
// runs `tsc --noEmit` (strict) on this file. Nothing here runs: it compiles or it does not. The
// `@ts-expect-error` lines are part of the proof: they fail the check if a union ever degrades
// to `any` or to a bag of optional fields, which would make the narrowing below meaningless.
import type { components, paths } from "./generated/claude-api";

type Schemas = components["schemas"];
type MessageCreateParams = Schemas["MessageCreateParams"];
type Message = Schemas["Message"];
type ContentBlock = Message["content"][number];
type MessageStreamEvent = Schemas["MessageStreamEvent"];
type MessageBatchIndividualResponse = Schemas["MessageBatchIndividualResponse"];

// --- A create-message request: text, a base64 image and a tool result; a custom and a server tool.
export const request = {
  model: "claude-sonnet-4-5",
  max_tokens: 1024,
  system: "You are terse.",
  messages: [
    {
      role: "user",
      content: [
        { type: "text", text: "What is in this picture, and what is the weather there?" },
        {
          type: "image",
          source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgo=" },
        },
      ],
    },
    {
      role: "assistant",
      content: [
        { type: "tool_use", id: "toolu_01", name: "get_weather", input: { city: "Paris" } },
      ],
    },
    {
      role: "user",
      content: [
        {
          type: "tool_result",
          tool_use_id: "toolu_01",
          content: [{ type: "text", text: "18 C, cloudy" }],
          is_error: false,
        },
      ],
    },
  ],
  tools: [
    {
      // A custom tool needs no `type: "custom"`, on the wire or here: the spec's tool union is
      // `anyOf [ToolParam, ServerToolUnionParam]`, so the custom tool's optional tag stays optional.
      name: "get_weather",
      description: "Current weather for a city.",
      input_schema: {
        type: "object",
        properties: { city: { type: "string" } },
        required: ["city"],
      },
    },
    { type: "web_search_20250305", name: "web_search", max_uses: 3 },
  ],
  tool_choice: { type: "auto" },
} satisfies MessageCreateParams;

// Wrong tags and wrong shapes are rejected, so the request type really is checked.
export const badImage: Schemas["ImageBlockParam"] = {
  type: "image",
  // @ts-expect-error -- "image/bmp" is not one of the spec's media types.
  source: { type: "base64", media_type: "image/bmp", data: "" },
};
// @ts-expect-error -- a server tool's `name` is fixed by its version.
export const badTool: Schemas["ToolUnionParam"] = { type: "web_search_20250305", name: "search" };
// The custom tool with or without its tag; a wrong tag or a missing input schema is rejected.
export const untaggedTool: Schemas["ToolUnionParam"] = {
  name: "t",
  description: "A custom tool without `type`.",
  input_schema: { type: "object" },
};
export const taggedTool: Schemas["ToolUnionParam"] = {
  type: "custom",
  name: "t",
  input_schema: { type: "object" },
};
// @ts-expect-error -- a custom tool needs its `input_schema`.
export const toolWithoutSchema: Schemas["ToolUnionParam"] = { name: "t", description: "no schema" };
// @ts-expect-error -- "custom_tool" is no tool type.
export const wrongTag: Schemas["ToolUnionParam"] = { type: "custom_tool", name: "t", input_schema: { type: "object" } };
export function toolName(tool: Schemas["ToolUnionParam"]): string {
  // Server tools still narrow on `type`; the custom tool is what has an `input_schema`.
  if ("input_schema" in tool) return tool.name;
  if (tool.type === "web_search_20250305") return `${tool.name} (max ${tool.max_uses ?? "any"})`;
  return tool.type;
}
// Open enums accept values the spec does not list yet (they read as plain `string`).
export const laterStopReason: Message["stop_reason"] = "a_reason_added_later";

// --- Parameters: the model lifecycle filter and the workspace header, typed from the operations.
type ModelsList = paths["/v1/models"]["get"]["parameters"];
export const retiredOnly: ModelsList["query"] = { "lifecycle[]": ["retired"], limit: 20 };
export const inWorkspace: ModelsList["header"] = { "anthropic-workspace-id": "wrkspc_01" };
// @ts-expect-error -- "archived" is not a lifecycle stage.
export const badStage: ModelsList["query"] = { "lifecycle[]": ["archived"] };

// --- Narrowing the content-block union of a response on `type`.
export function describeBlock(block: ContentBlock): string {
  // @ts-expect-error -- `text` exists on one member only: it needs narrowing first.
  void block.text;
  if (block.type === "text") {
    const text: string = block.text;
    return text;
  }
  if (block.type === "tool_use") {
    const input: { [key: string]: unknown } = block.input;
    return `${block.name}(${JSON.stringify(input)})`;
  }
  if (block.type === "thinking") {
    return block.thinking;
  }
  // New block types arrive at run time before this file knows them: keep a fallback.
  return `[${block.type}]`;
}

export function summarize(message: Message): string {
  const parts = message.content.map(describeBlock);
  // Open enums (`anyOf: [StopReason, string]`) accept values this client does not know yet.
  const stop: string | null | undefined = message.stop_reason;
  const known = stop === "end_turn" || stop === "tool_use";
  const cached: number | null | undefined = message.usage.cache_read_input_tokens;
  return `${parts.join("\n")} (${known ? "done" : String(stop)}, ${message.usage.output_tokens} out, ${cached ?? 0} cached)`;
}

// --- Narrowing stream events: content_block_delta -> text_delta -> text.
export function textOf(event: MessageStreamEvent): string {
  // @ts-expect-error -- only content_block_delta carries a `delta` with a `type`.
  void event.delta.type;
  if (event.type === "content_block_delta") {
    const delta = event.delta;
    if (delta.type === "text_delta") {
      const text: string = delta.text;
      return text;
    }
    if (delta.type === "input_json_delta") {
      return delta.partial_json;
    }
    return "";
  }
  if (event.type === "message_delta") {
    return event.delta.stop_sequence ?? "";
  }
  if (event.type === "error") {
    return event.error.message;
  }
  return "";
}

// --- One line of batch results, typed from the results operation itself (`application/x-jsonl`
// with the line schema): narrow `result.type` to reach the message or the error.
type ResultsOperation = paths["/v1/messages/batches/{message_batch_id}/results"]["get"];
type ResultLine = ResultsOperation["responses"][200]["content"]["application/x-jsonl"];
// The operation's line schema is the named one.
export const sameLine: MessageBatchIndividualResponse = {} as ResultLine;
export const sameLineBack: ResultLine = {} as MessageBatchIndividualResponse;
// @ts-expect-error -- a line is an object with `custom_id` and `result`, not a string.
export const notBinary: ResultLine = "opaque bytes";

export function readResultLine(line: string): string {
  const item = JSON.parse(line) as ResultLine;
  const result = item.result;
  // @ts-expect-error -- `message` exists on succeeded results only.
  void result.message;
  switch (result.type) {
    case "succeeded": {
      const message: Message = result.message;
      return `${item.custom_id}: ${summarize(message)}`;
    }
    case "errored":
      return `${item.custom_id}: ${result.error.error.type}: ${result.error.error.message}`;
    case "canceled":
    case "expired":
      return `${item.custom_id}: ${result.type}`;
  }
}
