pragma solidity ^0.4.15;

// Parity-style: the wallet's set-up lives in a library contract that anyone can initialise and then kill.
contract SharedWalletCore {
    address[] public signers;
    uint public threshold;
    bool public initialised;
    mapping(address => bool) public isSigner;

    modifier onlySigner() {
        require(isSigner[msg.sender]);
        _;
    }

    function setupSigners(address[] _signers, uint _threshold) public {
        for (uint i = 0; i < _signers.length; i++) {
            isSigner[_signers[i]] = true; // @vuln category=access_control
            signers.push(_signers[i]);
        }
        threshold = _threshold;
        initialised = true;
    }

    function destroy(address beneficiary) public onlySigner {
        selfdestruct(beneficiary);
    }

    function() public payable {}
}
