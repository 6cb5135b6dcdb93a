import { createContext, useContext, useSyncExternalStore } from 'react';
import type { FieldController, FieldState } from './data/controller';

/** The app's one controller (data/controller.ts), provided by main.tsx. */
export const ControllerContext = createContext<FieldController | null>(null);

/** The controller and its current state; re-renders on every change. */
export function useField(): { field: FieldController; state: FieldState } {
  const field = useContext(ControllerContext);
  if (!field) throw new Error('ControllerContext missing');
  const state = useSyncExternalStore(field.subscribe, field.getState);
  return { field, state };
}
