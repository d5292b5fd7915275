import { contextBridge, ipcRenderer } from 'electron';
import { exposeApi } from './api';

exposeApi({ contextBridge, ipcRenderer });
