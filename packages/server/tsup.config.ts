import { defineConfig } from 'tsup';
import { headlessLibrary } from '../../tsup.library';

export default defineConfig(headlessLibrary());
