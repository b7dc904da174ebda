// Internal notes staff leave on a question ("called the housing office,
// waiting"). Never shown to the asker; deleted with the question.
import { z } from "zod";
import type { RepoContext } from "./context.js";

export interface QuestionNote {
  id: number;
  questionId: string;
  staffId: string | null;
  text: string;
  createdAt: number;
}

interface NoteRow { id: number; question_id: string; staff_id: string | null; text: string; created_at: number }

const noteText = z.string().trim().min(1).max(10_000);

export function questionNotes({ db, clock }: RepoContext) {
  return {
    async addNote(questionId: string, staffId: string | null, text: string): Promise<QuestionNote> {
      const body = noteText.parse(text);
      const createdAt = clock();
      const { lastRowId } = await db.run(
        "INSERT INTO question_notes (question_id, staff_id, text, created_at) VALUES (?, ?, ?, ?)",
        [questionId, staffId, body, createdAt],
      );
      return { id: lastRowId, questionId, staffId, text: body, createdAt };
    },

    /** Oldest first, as a conversation reads. */
    async listNotes(questionId: string): Promise<QuestionNote[]> {
      const rows = await db.all<NoteRow>(
        "SELECT id, question_id, staff_id, text, created_at FROM question_notes WHERE question_id = ? ORDER BY id",
        [questionId],
      );
      return rows.map((r) => ({ id: r.id, questionId: r.question_id, staffId: r.staff_id, text: r.text, createdAt: r.created_at }));
    },
  };
}
