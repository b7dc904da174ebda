// The loaded knowledge and the engine built over it, held together so that
// a reload swaps both at once.
import { createAnswerEngine, type AnswerEngine } from "./answers/engine.js";
import { loadContent } from "./content/load.js";
import type { ContentFile, ContentProblem, KnowledgeBase } from "./content/types.js";

export interface Knowledge {
  kb: KnowledgeBase;
  engine: AnswerEngine;
  problems: ContentProblem[];
  loadedAt: number;
}

export function buildKnowledge(files: ContentFile[], now = Date.now()): Knowledge {
  const { kb, problems } = loadContent(files);
  return { kb, engine: createAnswerEngine(kb.entries), problems, loadedAt: now };
}

/** A holder the app reads on every request, so content can be replaced while running. */
export interface KnowledgeSource {
  current(): Knowledge;
  /**
   * Rebuilds the knowledge from where it lives (the database's published
   * content, src/content/store-source.ts) and swaps it in. Absent on a fixed
   * source (tests, `match`): the console then publishes without a swap.
   */
  reload?(): Promise<Knowledge>;
}

export function fixedKnowledge(k: Knowledge): KnowledgeSource {
  return { current: () => k };
}
