pragma solidity ^0.4.24;

// A "plugin" forwarder: any caller chooses the code that runs with this contract's storage.
contract PluginHost {
    address public owner;
    uint public pluginsRun;

    constructor() public {
        owner = msg.sender;
    }

    function runPlugin(address plugin, bytes data) public {
        pluginsRun++;
        require(plugin.delegatecall(data)); // @vuln category=access_control
    }
}
