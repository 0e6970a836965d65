import { randomBytes } from 'node:crypto';
import { deviceKeys } from '../../renderer/src/data/sealing/device-key';

// Renderer code under test runs as on a device whose data key is loaded.
deviceKeys.load(randomBytes(32));
